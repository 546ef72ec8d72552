import Link from "next/link";
import { ledgerHref, type LedgerParams } from "@/lib/validation/ledger-params";

export function LedgerPagination({ params, page, pageCount }: { params: LedgerParams; page: number; pageCount: number }) {
  if (pageCount <= 1 && page <= 1) return null;
  return (
    <nav className="pagination" aria-label="Ledger pages">
      {page > 1 ? (
        <Link href={ledgerHref(params, { page: Math.min(page - 1, pageCount) })} rel="prev">
          ← Previous page
        </Link>
      ) : null}
      <span className="muted">
        Page {page.toLocaleString("en-GB")} of {pageCount.toLocaleString("en-GB")}
      </span>
      {page < pageCount ? (
        <Link href={ledgerHref(params, { page: page + 1 })} rel="next">
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}
