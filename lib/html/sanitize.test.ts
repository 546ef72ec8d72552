import { describe, expect, it } from "vitest";
import { htmlToPlainText, sanitizeAnswerHtml } from "@/lib/html/sanitize";

describe("sanitizeAnswerHtml", () => {
  it("removes scripts, event handlers and javascript: links", () => {
    const out = sanitizeAnswerHtml(`<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">x</a> <img src=x onerror=alert(1)></p>`);
    expect(out).not.toMatch(/script|onclick|onerror|javascript:|<img/i);
    expect(out).toContain("Hi");
  });
  it("keeps allowed structure and marks links nofollow", () => {
    const out = sanitizeAnswerHtml(`<p><strong>c.65</strong> staff</p><table><tr><td>1</td></tr></table><a href="https://gov.uk">GOV.UK</a>`);
    expect(out).toContain("<strong>c.65</strong>");
    expect(out).toContain("<td>1</td>");
    expect(out).toMatch(/<a href="https:\/\/gov.uk" rel="nofollow noopener noreferrer">/);
  });
  it("turns plain text paragraphs into escaped <p> elements", () => {
    expect(sanitizeAnswerHtml("First line & more\n\nSecond: 1 < 2")).toBe("<p>First line &amp; more</p><p>Second: 1 &lt; 2</p>");
  });
  it("drops empty paragraphs", () => expect(sanitizeAnswerHtml("<p>a</p><p> </p><p></p>")).toBe("<p>a</p>"));
});

describe("htmlToPlainText", () => {
  it("gives one line per block and decodes entities", () => {
    expect(htmlToPlainText("<p>Cost &pound;1.2&nbsp;million</p><p>Second&#8217;s</p>")).toBe("Cost £1.2 million\nSecond’s");
  });
  it("separates table cells and list items", () => {
    expect(htmlToPlainText("<ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>")).toBe("a\nb\nx y");
  });
});
