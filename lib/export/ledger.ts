import { listLedger, MAX_LEDGER_PAGE_SIZE, type ListLedgerOptions } from "@/lib/data/ledger";
import type { LedgerItem } from "@/lib/data/ledger";

export type LedgerExportRow = {
  id: number;
  measure: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  approximate: boolean;
  status: string;
  nonAnswerKind: string | null;
  quote: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  answeringBody: string | null;
  askingMember: string | null;
  questionId: number | null;
  questionUin: string | null;
  questionHeading: string | null;
  openedOn: string;
  resolvedOn: string | null;
  daysOpen: number | null;
  url: string;
};

export const LEDGER_EXPORT_COLUMNS = [
  "id",
  "measure",
  "value",
  "valueText",
  "unit",
  "approximate",
  "status",
  "nonAnswerKind",
  "quote",
  "sourceTitle",
  "sourceUrl",
  "answeringBody",
  "askingMember",
  "questionId",
  "questionUin",
  "questionHeading",
  "openedOn",
  "resolvedOn",
  "daysOpen",
  "url",
] as const satisfies readonly (keyof LedgerExportRow)[];

export function ledgerExportRow(f: LedgerItem, origin: string): LedgerExportRow {
  return {
    id: f.id,
    measure: f.measure,
    value: f.value,
    valueText: f.valueText,
    unit: f.unit,
    approximate: f.approximate,
    status: f.status,
    nonAnswerKind: f.nonAnswerKind,
    quote: f.quote,
    sourceTitle: f.sourceTitle,
    sourceUrl: f.sourceUrl,
    answeringBody: f.answeringBody?.name ?? null,
    askingMember: f.askingMember?.name ?? null,
    questionId: f.question?.id ?? null,
    questionUin: f.question?.uin ?? null,
    questionHeading: f.question?.heading ?? null,
    openedOn: f.openedOn,
    resolvedOn: f.resolvedOn,
    daysOpen: f.openPeriod.days,
    url: `${origin}/figures/${f.id}`,
  };
}

/** Every ledger row for these filters, in ledger order, a page at a time. */
export async function* ledgerExportBatches(
  opts: Omit<ListLedgerOptions, "page" | "pageSize">,
  { origin }: { origin: string },
): AsyncGenerator<LedgerExportRow[]> {
  const today = opts.today ?? new Date();
  for (let page = 1; ; page++) {
    const { items } = await listLedger({ ...opts, today, page, pageSize: MAX_LEDGER_PAGE_SIZE });
    yield items.map((f) => ledgerExportRow(f, origin));
    if (items.length < MAX_LEDGER_PAGE_SIZE) return;
  }
}
