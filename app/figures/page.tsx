import type { Metadata } from "next";
import Link from "next/link";
import { listLedger, listLedgerFilterOptions } from "@/lib/data/ledger";
import { ledgerCountLabel } from "@/lib/domain/figure-ledger";
import { ledgerHref, ledgerQueryOf, parseLedgerParamsLenient } from "@/lib/validation/ledger-params";
import { LedgerFilters } from "@/components/figures/ledger-filters";
import { LedgerTable } from "@/components/figures/ledger-table";
import { LedgerPagination } from "@/components/figures/ledger-pagination";
import { ExportLinks } from "@/components/export/export-links";
import { ledgerParamStrings } from "@/lib/validation/ledger-params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Figures ledger",
  alternates: {
    types: {
      "application/atom+xml": [
        { url: "/feeds/figures/unresolved", title: "Figures newly left unresolved" },
        { url: "/feeds/figures/resolved", title: "Figures newly resolved" },
      ],
    },
  },
};

const SORT_CAPTIONS = { longest: "longest open first", newest: "newest first", department: "by department, longest open first" } as const;

export default async function FiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { params, invalid } = parseLedgerParamsLenient(await searchParams);
  const query = ledgerQueryOf(params);
  const [ledger, options] = await Promise.all([
    listLedger(query),
    listLedgerFilterOptions({ answeringBodyId: query.answeringBodyId, memberId: query.memberId }),
  ]);
  const countLabel = ledgerCountLabel(query.status, ledger.total);

  return (
    <>
      <h1>Figures ledger</h1>
      <p className="lede">Figures ministers were asked for and did not give — how each was declined, who asked, and how long it has been waiting.</p>
      {invalid.length ? (
        <div className="alert alert--notice" role="status">
          <p>Some filters in the address were not understood and have been ignored:</p>
          <ul>
            {invalid.map((i) => (
              <li key={i.field}>
                <strong>{i.field}</strong>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <LedgerFilters values={params} departments={options.departments} members={options.members} />
      <p className="export-links muted">
        Subscribe (Atom): <a href="/feeds/figures/unresolved" type="application/atom+xml">newly unresolved</a> ·{" "}
        <a href="/feeds/figures/resolved" type="application/atom+xml">newly resolved</a>
      </p>
      <ExportLinks exportHref={figuresExportHref(params)} />
      <h2 id="ledger-count">
        {countLabel}
      </h2>
      {ledger.items.length ? (
        <>
          <LedgerTable
            items={ledger.items}
            grouped={query.sort === "department"}
            caption={`Sorted ${SORT_CAPTIONS[query.sort]}${ledger.pageCount > 1 ? ` — page ${ledger.page} of ${ledger.pageCount}` : ""}.`}
          />
          <LedgerPagination params={params} page={ledger.page} pageCount={ledger.pageCount} />
        </>
      ) : ledger.total > 0 ? (
        <p className="alert alert--notice" role="status">
          There is no page {ledger.page} of this list. <Link href={ledgerHref(params, { page: 1 })}>Go to the first page</Link>.
        </p>
      ) : (
        <p className="muted">No figures match these filters.</p>
      )}
    </>
  );
}

function figuresExportHref(params: Parameters<typeof ledgerParamStrings>[0]): string {
  const { page: _page, ...rest } = ledgerParamStrings(params);
  const qs = new URLSearchParams(rest).toString();
  return qs ? `/api/export/figures?${qs}` : "/api/export/figures";
}
