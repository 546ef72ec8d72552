import type { ReactNode } from "react";

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

type Common = {
  name: string;
  label: string;
  /** Messages for this field; shown right under it and announced with it. */
  errors?: string[];
  hint?: ReactNode;
  /** Defaults to "field-<name>"; give one when a page has two forms with the same names. */
  id?: string;
  required?: boolean;
};

type InputProps = Common & {
  as?: "input";
  type?: "text" | "date" | "url";
  defaultValue?: string;
  inputMode?: "text" | "numeric" | "decimal" | "url";
  autoComplete?: string;
  placeholder?: string;
};
type SelectProps = Common & {
  as: "select";
  options: (Option | OptionGroup)[];
  /** Text of the empty first option; omit for a select that always has a value. */
  placeholder?: string;
  defaultValue?: string;
};
type TextareaProps = Common & { as: "textarea"; rows?: number; defaultValue?: string };
type CheckboxProps = Common & { as: "checkbox"; defaultChecked?: boolean };

export type FieldProps = InputProps | SelectProps | TextareaProps | CheckboxProps;

/**
 * A labelled form control with its hint and error. The error is a
 * <p class="field-error"> right under the control, which points to it with
 * aria-describedby and says aria-invalid, so it is read out with the field.
 */
export function Field(props: FieldProps) {
  const id = props.id ?? `field-${props.name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = Boolean(props.errors?.length);
  const describedBy = [props.hint ? hintId : null, invalid ? errorId : null].filter(Boolean).join(" ") || undefined;
  const control = {
    id,
    name: props.name,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    // Not `required`: the browser's own bubbles would stop the submit before
    // the schema could show its messages. aria-required keeps the semantics.
    "aria-required": props.required || undefined,
  };
  const hint = props.hint ? (
    <p className="hint" id={hintId}>
      {props.hint}
    </p>
  ) : null;
  const error = invalid ? (
    <p className="field-error" id={errorId}>
      {props.errors!.join(" ")}
    </p>
  ) : null;
  const className = `field${invalid ? " field--invalid" : ""}`;

  if (props.as === "checkbox") {
    return (
      <div className={className}>
        <label className="checkbox" htmlFor={id}>
          <input type="checkbox" {...control} defaultChecked={props.defaultChecked} />
          {props.label}
        </label>
        {hint}
        {error}
      </div>
    );
  }

  let input: ReactNode;
  if (props.as === "select") {
    const defaultValue = props.defaultValue ?? "";
    input = (
      // React applies a select's defaultValue only when it mounts, and resets
      // forms after an action: keyed on it, the select remounts with the value
      // the server echoed instead of snapping back (facebook/react#32362).
      <select key={defaultValue} {...control} defaultValue={defaultValue}>
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((o) =>
          "options" in o ? (
            <optgroup key={`g:${o.label}`} label={o.label}>
              {o.options.map((opt) => (
                <option key={opt.value} value={opt.value}>
                  {opt.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ),
        )}
      </select>
    );
  } else if (props.as === "textarea") {
    input = <textarea {...control} rows={props.rows ?? 8} defaultValue={props.defaultValue} />;
  } else {
    input = (
      <input
        {...control}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? "off"}
        placeholder={props.placeholder}
      />
    );
  }

  return (
    <div className={className}>
      <label htmlFor={id}>{props.label}</label>
      {hint}
      {input}
      {error}
    </div>
  );
}
