import type { Metadata } from "next";
import Link from "next/link";
import { listMembers } from "@/lib/data/members";
import { houseLabel } from "@/lib/domain/house";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const members = await listMembers({ query: q || undefined });
  return (
    <>
      <h1>Members</h1>
      <p className="lede">Members who asked or answered the questions on record. Open one to see their timeline.</p>
      <form method="get" action="/members" className="filters" role="search">
        <div className="field">
          <label htmlFor="members-q">Name</label>
          <input id="members-q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className="button">
          Filter
        </button>
        {q ? <Link href="/members" className="small">Show all</Link> : null}
      </form>
      {members.length ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Party</th>
              <th scope="col">Constituency</th>
              <th scope="col">House</th>
              <th scope="col">Questions</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link href={`/members/${m.id}`}>{m.name}</Link>
                </td>
                <td>{m.party ?? "—"}</td>
                <td>{m.constituency ?? "—"}</td>
                <td>{houseLabel(m.house)}</td>
                <td>{m.questionCount.toLocaleString("en-GB")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{q ? `No member’s name contains “${q}”.` : "No members recorded yet."}</p>
      )}
    </>
  );
}
