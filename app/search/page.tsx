import type { Metadata } from "next";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { searchQuestions } from "@/lib/data/search";
import { listMemberOptions } from "@/lib/data/members";
import { listAnsweringBodies } from "@/lib/data/answering-bodies";
import { getQueryClient } from "@/lib/query/query-client";
import { queryKeys } from "@/lib/query/keys";
import { parseSearchParamsLenient, searchOptionsFromParams, searchQueryRecord } from "@/lib/validation/search-params";
import { SearchPanel } from "@/components/search/search-panel";
import { ExportLinks, atomAlternates } from "@/components/export/export-links";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search", alternates: atomAlternates("/feeds/search", "Answerable search feed") };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { params, values, notices } = parseSearchParamsLenient(await searchParams);
  const record = searchQueryRecord(values);
  const queryClient = getQueryClient();
  const hasCriteria = Object.keys(record).some((k) => k !== "order" && k !== "page");
  const [members, departments] = await Promise.all([
    listMemberOptions(),
    listAnsweringBodies(),
    hasCriteria ? queryClient.prefetchQuery({ queryKey: queryKeys.search(record), queryFn: () => searchQuestions({ ...searchOptionsFromParams(params), facets: true }) }) : null,
  ]);

  return (
    <>
      <h1>Search</h1>
      <p className="lede">Written questions and the answers they got, searched together.</p>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <SearchPanel
          initialValues={values}
          urlNotices={notices}
          members={members.map((m) => ({ id: m.id, name: m.name }))}
          departments={departments.map((d) => ({ id: d.id, name: d.name }))}
        />
      </HydrationBoundary>
      {hasCriteria ? <SearchExportLinks record={record} /> : null}
    </>
  );
}

function SearchExportLinks({ record }: { record: Record<string, string> }) {
  const { page: _page, ...rest } = record;
  const qs = new URLSearchParams(rest).toString();
  const { order: _order, ...feedRest } = rest;
  const feedQs = new URLSearchParams(feedRest).toString();
  return <ExportLinks feedHref={`/feeds/search${feedQs ? `?${feedQs}` : ""}`} exportHref={`/api/export/search${qs ? `?${qs}` : ""}`} />;
}
