import type { Metadata } from "next";
import Link from "next/link";
import { createQuestionAction } from "@/app/questions/actions";
import { QuestionForm } from "@/components/forms/question-form";
import { listAnsweringBodies } from "@/lib/data/answering-bodies";
import { listMemberOptions } from "@/lib/data/members";
import { parseRouteId } from "@/lib/http/api";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log a question" };

export default async function NewQuestionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { member: memberParam } = await searchParams;
  const [members, bodies] = await Promise.all([listMemberOptions(), listAnsweringBodies()]);
  const memberId = typeof memberParam === "string" ? parseRouteId(memberParam) : null;
  const member = memberId ? members.find((m) => m.id === memberId) : undefined;

  return (
    <>
      <p className="breadcrumbs">
        {member ? <Link href={`/members/${member.id}`}>Back to {member.name}</Link> : <Link href="/">Back to the home page</Link>}
      </p>
      <h1>Log a question</h1>
      <p className="lede">A written question as tabled. Its answers, follow-ups and figures are added from the question&apos;s page.</p>
      <QuestionForm
        action={createQuestionAction}
        members={members}
        departments={bodies.map((b) => ({ id: b.id, name: b.name }))}
        defaults={{ askingMemberId: member?.id, house: member?.house }}
      />
    </>
  );
}
