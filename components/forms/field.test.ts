import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Field, type FieldProps } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { memberLabel, memberOptions } from "@/components/forms/options";
import { initialChecked, initialValue } from "@/components/forms/use-action-form";

const html = (props: FieldProps) => renderToStaticMarkup(createElement(Field, props));

describe("Field", () => {
  it("labels the control and points it at its error, shown right under it", () => {
    const out = html({ name: "heading", label: "Heading", required: true, defaultValue: "typed", errors: ["Heading is required."] });
    expect(out).toContain('<label for="field-heading">Heading</label>');
    expect(out).toMatch(/<input id="field-heading" aria-invalid="true" aria-describedby="field-heading-error" aria-required="true"[^>]*name="heading" value="typed"\/>/);
    expect(out).toMatch(/<input[^>]*\/><p class="field-error" id="field-heading-error">Heading is required\.<\/p><\/div>$/);
    expect(out).toContain('class="field field--invalid"');
  });

  it("describes a valid field by its hint only, with no error paragraph", () => {
    const out = html({ name: "uin", label: "UIN", hint: "e.g. 95752" });
    expect(out).toContain('aria-describedby="field-uin-hint"');
    expect(out).not.toContain("aria-invalid");
    expect(out).not.toContain("field-error");
  });

  it("renders selects with a placeholder, groups and the chosen value", () => {
    const out = html({
      as: "select",
      name: "askingMemberId",
      label: "Asked by",
      placeholder: "Choose…",
      defaultValue: "2",
      options: [{ label: "House of Lords", options: [{ value: "2", label: "Lord A" }] }, { value: "3", label: "B" }],
      errors: ["Choose the member who asked."],
    });
    expect(out).toContain('<option value="">Choose…</option>');
    expect(out).toContain('<optgroup label="House of Lords"><option value="2" selected="">Lord A</option></optgroup>');
    expect(out).toContain('aria-describedby="field-askingMemberId-error"');
  });

  it("puts a checkbox inside its label and a textarea's value inside it", () => {
    expect(html({ as: "checkbox", name: "isNamedDay", label: "Named-day question", defaultChecked: true })).toMatch(
      /<label class="checkbox" for="field-isNamedDay"><input type="checkbox" id="field-isNamedDay" name="isNamedDay" checked=""\/>Named-day question<\/label>/,
    );
    expect(html({ as: "textarea", name: "text", label: "Question text", defaultValue: "a < b" })).toContain(">a &lt; b</textarea>");
  });
});

describe("FormAlert", () => {
  const alert = (props: Parameters<typeof FormAlert>[0]) => renderToStaticMarkup(createElement(FormAlert, props));

  it("shows nothing without a message", () => {
    expect(alert({ message: null })).toBe("");
  });

  it("lists only errors no field shows, and links to an existing record", () => {
    const out = alert({
      message: "Already recorded.",
      errors: { uin: ["Already recorded."], form: ["Question 1 was withdrawn."] },
      fields: ["uin"],
      existingUrl: "/questions/4",
    });
    expect(out).toContain('role="alert"');
    expect(out).toContain("<li>Question 1 was withdrawn.</li>");
    expect(out.match(/Already recorded\./g)).toHaveLength(1);
    expect(out).toContain('<a href="/questions/4">View the existing record</a>');
  });
});

describe("form helpers", () => {
  it("labels members as the question form lists them", () => {
    expect(memberLabel({ name: "Rupert Lowe", party: "Independent", constituency: "Great Yarmouth" })).toBe("Rupert Lowe (Independent, Great Yarmouth)");
    expect(memberLabel({ name: "Lord X", party: "Crossbench", constituency: null })).toBe("Lord X (Crossbench)");
    expect(memberLabel({ name: "Nobody", party: null, constituency: null })).toBe("Nobody");
  });

  it("groups members by House only when both Houses are present", () => {
    const commons = { id: 1, name: "A", party: null, constituency: null, house: "COMMONS" as const };
    const lords = { id: 2, name: "B", party: null, constituency: null, house: "LORDS" as const };
    expect(memberOptions([commons])).toEqual([{ value: "1", label: "A" }]);
    expect(memberOptions([lords, commons])).toEqual([
      { label: "House of Commons", options: [{ value: "1", label: "A" }] },
      { label: "House of Lords", options: [{ value: "2", label: "B" }] },
    ]);
  });

  it("refills from echoed values, where an absent key means empty, not the default", () => {
    expect(initialValue(undefined, "house", "COMMONS")).toBe("COMMONS");
    expect(initialValue({ house: "LORDS" }, "house", "COMMONS")).toBe("LORDS");
    expect(initialValue({ uin: "1" }, "house", "COMMONS")).toBe("");
    expect(initialValue({ tag: ["a", "b"] }, "tag")).toBe("a");
    expect(initialChecked(undefined, "isNamedDay", true)).toBe(true);
    expect(initialChecked({}, "isNamedDay", true)).toBe(false);
    expect(initialChecked({ isNamedDay: "on" }, "isNamedDay")).toBe(true);
  });
});
