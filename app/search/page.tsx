import type { Metadata } from "next";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { searchQuestions } from "@/lib/data/search";
import { listMemberOptions } from "@/lib/data/members";
import { listAnsweringBodies } from "@/lib/data/answering-bodies";
import { getQueryClient } from "@/lib/query/query-client";
import { queryKeys } from "@/lib/query/keys";
import { parseSearchParamsLenient, searchOptionsFromParams, searchQueryRecord } from "@/lib/validation/search-params";
import { SearchPanel } from "@/components/search/search-panel";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { params, values, notices } = parseSearchParamsLenient(await searchParams);
  const record = searchQueryRecord(values);
  const queryClient = getQueryClient();
  const hasCriteria = Object.keys(record).some((k) => k !== "order" && k !== "page");
  const [members, departments] = await Promise.all([
    listMemberOptions(),
    listAnsweringBodies(),
    hasCriteria ? queryClient.prefetchQuery({ queryKey: queryKeys.search(record), queryFn: () => searchQuestions(searchOptionsFromParams(params)) }) : null,
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
    </>
  );
}
