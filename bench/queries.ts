import type { BenchQuery } from "@/bench/query-mix";

/**
 * The benchmark's query mix (fixed: results are comparable across runs only
 * while it stays the same; add a new mix rather than edit this one). Members
 * and departments are UK Parliament ids: 4519, 4813, 5158 and 4471 ask many
 * questions after the 2024 election; departments 1 Home Office, 17 Health and
 * Social Care, 11 Defence, 14 Treasury, 29 Work and Pensions, 60 Education,
 * 7 Housing, 13 Environment.
 */
export const QUERIES: readonly BenchQuery[] = [
  // Single common terms
  { kind: "common", q: "government" },
  { kind: "common", q: "funding" },
  { kind: "common", q: "NHS" },
  { kind: "common", q: "schools" },
  { kind: "common", q: "housing" },
  { kind: "common", q: "police" },
  { kind: "common", q: "energy" },
  { kind: "common", q: "children" },
  { kind: "common", q: "veterans" },
  { kind: "common", q: "asylum" },
  // Rare terms
  { kind: "rare", q: "almshouses" },
  { kind: "rare", q: "motability" },
  { kind: "rare", q: "defibrillators" },
  { kind: "rare", q: "microplastics" },
  { kind: "rare", q: "badgers" },
  { kind: "rare", q: "ketamine" },
  // Phrases
  { kind: "phrase", q: "\"cost of living\"" },
  { kind: "phrase", q: "\"net zero\"" },
  { kind: "phrase", q: "\"special educational needs\"" },
  { kind: "phrase", q: "\"mental health\"" },
  { kind: "phrase", q: "\"universal credit\"" },
  { kind: "phrase", q: "\"small boats\"" },
  { kind: "phrase", q: "\"child poverty\"" },
  { kind: "phrase", q: "\"electric vehicles\"" },
  // Several words (all must match), as people type them
  { kind: "words", q: "cost of living" },
  { kind: "words", q: "net zero" },
  { kind: "words", q: "special educational needs" },
  { kind: "words", q: "dentistry waiting lists" },
  { kind: "words", q: "prison overcrowding" },
  { kind: "words", q: "flood defences funding" },
  { kind: "words", q: "rural bus services" },
  // Prefixes
  { kind: "prefix", q: "immigra*" },
  { kind: "prefix", q: "vaccin*" },
  { kind: "prefix", q: "pension*" },
  { kind: "prefix", q: "renew*" },
  // Boolean
  { kind: "boolean", q: "sewage OR wastewater" },
  { kind: "boolean", q: "asylum -hotels" },
  { kind: "boolean", q: "\"fuel poverty\" OR \"energy bills\"" },
  { kind: "boolean", q: "ukraine NOT russia" },
  // Filters, with and without words
  { kind: "filter", q: "asylum", filters: { dept: 1 }, fieldQ: "asylum dept:\"home office\"" },
  { kind: "filter", q: "\"waiting times\"", filters: { dept: 17 }, fieldQ: "\"waiting times\" dept:\"health and social care\"" },
  { kind: "filter", q: "funding", filters: { member: 4519 } },
  { kind: "filter", filters: { member: 4813 } },
  { kind: "filter", q: "housing", filters: { from: "2025-11-01", to: "2025-11-30" }, fieldQ: "housing date:2025-11" },
  { kind: "filter", q: "defence", filters: { status: "ANSWERED" }, fieldQ: "defence status:answered" },
  { kind: "filter", filters: { status: "OVERDUE" }, fieldQ: "status:overdue" },
  { kind: "filter", q: "cost", filters: { unresolved: true }, fieldQ: "cost has:unresolved" },
  { kind: "filter", filters: { dept: 29, from: "2025-10-01" }, fieldQ: "dept:\"work and pensions\" date:2025-10-01.." },
  { kind: "filter", q: "\"net zero\"", filters: { dept: 13, status: "ANSWERED" }, fieldQ: "\"net zero\" dept:environment status:answered" },
  { kind: "filter", q: "statistics", filters: { member: 5158, from: "2025-01-01" } },
  // Zero hits
  { kind: "zero", q: "quidditch" },
  { kind: "zero", q: "teleportation hovercraft" },
  { kind: "zero", q: "\"net zero zeppelins\"" },
  { kind: "zero", q: "xylophonist*" },
];
