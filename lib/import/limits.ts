/** Largest upload the web import accepts, all files together (the form checks it too). */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;
export const MAX_UPLOAD_LABEL = "100 MB";
