import type { Metadata } from "next";
import Link from "next/link";
import { listAnsweringBodies } from "@/lib/data/answering-bodies";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Departments" };

export default async function DepartmentsPage() {
  const departments = await listAnsweringBodies();
  return (
    <>
      <h1>Departments</h1>
      <p className="lede">The bodies that answer written questions. Open one to see every question put to it and what came back.</p>
      {departments.length ? (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col">Questions</th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id}>
                <td>
                  <Link href={`/departments/${d.id}`}>{d.name}</Link>
                </td>
                <td>{d.questionCount.toLocaleString("en-GB")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No departments recorded yet.</p>
      )}
    </>
  );
}
