import { Fragment } from "react";
import type { Segment } from "@/lib/search/highlight";

/** Segments from lib/search/highlight: hits become <mark>, the rest stays text (never HTML). */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  );
}
