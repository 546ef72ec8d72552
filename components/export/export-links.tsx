/** "Subscribe (Atom)" and "Download CSV / JSON" links for a list; plain links, so they work without JavaScript. */
export function ExportLinks({ feedHref, exportHref }: { feedHref?: string; exportHref: string }) {
  const withFormat = (format: "csv" | "json") => `${exportHref}${exportHref.includes("?") ? "&" : "?"}format=${format}`;
  return (
    <p className="export-links muted">
      {feedHref ? (
        <>
          <a href={feedHref} type="application/atom+xml">
            Subscribe (Atom)
          </a>
          {" · "}
        </>
      ) : null}
      Download <a href={withFormat("csv")} download>CSV</a> / <a href={withFormat("json")} download>JSON</a>
    </p>
  );
}

/** The `alternates` part of a page's metadata announcing its Atom feed. */
export function atomAlternates(href: string, title: string) {
  return { types: { "application/atom+xml": [{ url: href, title }] } };
}
