"use client";

import { useFormStatus } from "react-dom";

/** Disabled while its form's action runs, so one click saves one record. */
export function SubmitButton({ children, pendingText = "Saving…", pending }: { children: string; pendingText?: string; pending?: boolean }) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button type="submit" className="button" disabled={busy} aria-disabled={busy}>
      {busy ? pendingText : children}
    </button>
  );
}
