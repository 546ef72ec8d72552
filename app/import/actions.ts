"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { DomainValidationError } from "@/lib/data/errors";
import { importUploads, readImportForm } from "@/lib/import/upload";
import { formCheckbox } from "@/lib/validation/form-data";

/** The import without JavaScript: the whole upload, then the summary (with JavaScript, the form streams from /api/import). */
export const importFilesAction = defineAction({
  schema: z.object({ dryRun: formCheckbox() }),
  run: async (_input, { formData }) => {
    const check = readImportForm(formData);
    if (!check.ok) throw new DomainValidationError({ [check.field ?? "files"]: [check.error] }, check.error);
    return importUploads(check.upload);
  },
});
