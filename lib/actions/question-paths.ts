/**
 * The pages that show a question, so that a change to it (or to its answers,
 * links or figures) does not leave stale renders in Next's caches.
 */
export function questionPaths(
  questions: readonly { id: number; askingMemberId: number; answeringBodyId: number }[],
  extra: readonly string[] = [],
): string[] {
  const paths = new Set<string>(["/", "/search", "/questions", ...extra]);
  for (const q of questions) {
    paths.add(`/questions/${q.id}`);
    paths.add(`/members/${q.askingMemberId}`);
    paths.add(`/departments/${q.answeringBodyId}`);
  }
  return [...paths];
}

/** Moves data-layer errors keyed on inputs the form has no field for onto ones it has. */
export function renameErrorKeys(fieldErrors: Record<string, string[]>, renames: Record<string, string>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const to = renames[key] ?? key;
    out[to] = [...(out[to] ?? []), ...messages];
  }
  return out;
}
