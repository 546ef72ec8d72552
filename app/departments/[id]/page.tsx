import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseRouteId } from "@/lib/http/api";
import { NotFoundError } from "@/lib/data/errors";
import { getAnsweringBody } from "@/lib/data/answering-bodies";
import { getTimelineCounts, listTimeline } from "@/lib/data/timeline";
import { getEvasionProfile } from "@/lib/data/evasion";
import { parseTimelineParamsLenient, timelineQueryOf } from "@/lib/validation/timeline-params";
import { TimelineSection } from "@/components/timeline/timeline-section";
import { EvasionProfile } from "@/components/departments/evasion-profile";
import { ExportLinks, atomAlternates } from "@/components/export/export-links";
import { timelineFilterStrings } from "@/lib/validation/timeline-params";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadDepartment(rawId: string) {
  const id = parseRouteId(rawId);
  if (!id) notFound();
  try {
    return await getAnsweringBody({ id });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const department = await loadDepartment((await params).id);
  return { title: department.name, alternates: atomAlternates(`/feeds/departments/${department.id}`, `${department.name}: questions and answers`) };
}

export default async function DepartmentPage({ params, searchParams }: Props) {
  const department = await loadDepartment((await params).id);
  const { params: parsed, invalid } = parseTimelineParamsLenient(await searchParams);
  // The department is the page itself: a department filter here would only empty it.
  const { dept: _dept, ...values } = parsed;
  const scope = { kind: "department" as const, id: department.id };
  const query = timelineQueryOf(values);
  const [firstPage, counts, evasion] = await Promise.all([
    listTimeline({ scope, ...query }),
    getTimelineCounts({ scope, filters: query.filters }),
    getEvasionProfile({ answeringBodyId: department.id }),
  ]);

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/departments">Departments</Link> /
      </p>
      <h1>{department.name}</h1>
      <p className="lede">Every written question put to the {department.name}, its answers, follow-ups and the figures left open.</p>
      <EvasionProfile profile={evasion} departmentName={department.name} />
      <h2>Questions to the {department.name}</h2>
      <ExportLinks feedHref={`/feeds/departments/${department.id}`} exportHref={exportHref(`/api/export/departments/${department.id}/timeline`, timelineFilterStrings(values))} />
      <TimelineSection scope={scope} basePath={`/departments/${department.id}`} params={values} invalid={invalid} counts={counts} firstPage={firstPage} />
    </>
  );
}

function exportHref(path: string, filters: Record<string, string>): string {
  const { limit: _limit, ...rest } = filters;
  const qs = new URLSearchParams(rest).toString();
  return qs ? `${path}?${qs}` : path;
}
