import type { Metadata } from "next";
import { listPendingSuggestions } from "@/lib/data/suggestions/list";
import { SuggestionPanel } from "@/components/suggestions/suggestion-panel";
import { reviewSuggestionAction } from "@/app/suggestions/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Suggestions to review" };

export default async function SuggestionsPage() {
  const pending = await listPendingSuggestions({ limit: 50 });
  const { figures, links, resolutions } = pending.totals;
  return (
    <>
      <h1>Suggestions to review</h1>
      <p className="lede">
        What analysis proposes from new answers and questions: {links} follow-up link{links === 1 ? "" : "s"}, {figures} figure{figures === 1 ? "" : "s"},{" "}
        {resolutions} resolution{resolutions === 1 ? "" : "s"}. Newest first; the 50 latest of each are shown.
      </p>
      {figures + links + resolutions === 0 ? <p className="muted">Nothing is waiting for review.</p> : null}
      <SuggestionPanel suggestions={pending} reviewAction={reviewSuggestionAction} heading="Awaiting review" />
    </>
  );
}
