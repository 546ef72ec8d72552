import Link from "next/link";
import type { FieldErrors } from "@/lib/validation/form-data";

/**
 * The message at the top of a form that did not save. Errors for names the
 * form shows no field for (e.g. "form", or a hidden input) are listed here so
 * that none is lost; the rest sit next to their fields.
 */
export function FormAlert({
  message,
  errors = {},
  fields = [],
  existingUrl,
}: {
  message: string | null | undefined;
  errors?: FieldErrors;
  /** Names of the fields this form shows errors next to. */
  fields?: readonly string[];
  existingUrl?: string;
}) {
  if (!message) return null;
  const unplaced = Object.entries(errors)
    .filter(([name]) => !fields.includes(name))
    .flatMap(([, messages]) => messages)
    .filter((m) => m !== message);
  return (
    <div className="alert alert--error form-alert" role="alert">
      <p className="form-alert__message">{message}</p>
      {unplaced.length ? (
        <ul>
          {unplaced.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {existingUrl ? (
        <p>
          <Link href={existingUrl}>View the existing record</Link>
        </p>
      ) : null}
    </div>
  );
}
