import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseRouteId } from "@/lib/http/api";
import { NotFoundError } from "@/lib/data/errors";
import { getMember } from "@/lib/data/members";
import { listAnsweringBodies } from "@/lib/data/answering-bodies";
import { getTimelineCounts, listTimeline } from "@/lib/data/timeline";
import { parseTimelineParamsLenient, timelineQueryOf } from "@/lib/validation/timeline-params";
import { TimelineSection } from "@/components/timeline/timeline-section";
import { ExportLinks, atomAlternates } from "@/components/export/export-links";
import { timelineFilterStrings } from "@/lib/validation/timeline-params";
import { houseName } from "@/lib/domain/house";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function loadMember(rawId: string) {
  const id = parseRouteId(rawId);
  if (!id) notFound();
  try {
    return await getMember({ id });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const member = await loadMember((await params).id);
  return { title: member.name, alternates: atomAlternates(`/feeds/members/${member.id}`, `${member.name}: questions and answers`) };
}

export default async function MemberPage({ params, searchParams }: Props) {
  const member = await loadMember((await params).id);
  const { params: values, invalid } = parseTimelineParamsLenient(await searchParams);
  const scope = { kind: "member" as const, id: member.id };
  const query = timelineQueryOf(values);
  const [firstPage, counts, departments] = await Promise.all([
    listTimeline({ scope, ...query }),
    getTimelineCounts({ scope, filters: query.filters }),
    listAnsweringBodies(),
  ]);
  const about = [member.party, member.constituency, houseName(member.house)].filter(Boolean);

  return (
    <>
      <p className="breadcrumbs">
        <Link href="/members">Members</Link> /
      </p>
      <h1>{member.name}</h1>
      <p className="lede">{about.join(" · ")}</p>
      <ExportLinks feedHref={`/feeds/members/${member.id}`} exportHref={exportHref(`/api/export/members/${member.id}/timeline`, timelineFilterStrings(values))} />
      <TimelineSection
        scope={scope}
        basePath={`/members/${member.id}`}
        params={values}
        invalid={invalid}
        counts={counts}
        firstPage={firstPage}
        departments={departments.map((d) => ({ id: d.id, name: d.name }))}
      />
    </>
  );
}

function exportHref(path: string, filters: Record<string, string>): string {
  const { limit: _limit, ...rest } = filters;
  const qs = new URLSearchParams(rest).toString();
  return qs ? `${path}?${qs}` : path;
}
