import type { Metadata } from "next";
import { importFilesAction } from "@/app/import/actions";
import { ImportForm } from "@/components/import/import-form";
import { getCaller, hasRole } from "@/lib/actions/caller";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/import/limits";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const allowed = hasRole(await getCaller(), "editor");
  return (
    <>
      <h1>Import questions and answers</h1>
      <p className="lede">
        Files from the UK Parliament Written Questions API (JSON), Hansard (parlparse XML) or the MoJ PQ feed (XML), and longform full texts
        (.jsonl.gz). The format is recognised from each file&apos;s content; records already stored are updated, never duplicated.
      </p>
      {allowed ? (
        <ImportForm action={importFilesAction} maxBytes={MAX_UPLOAD_BYTES} maxLabel={MAX_UPLOAD_LABEL} />
      ) : (
        <p className="alert alert--notice" role="status">
          Importing needs the editor role. You can read everything here, but not import records.
        </p>
      )}
    </>
  );
}
