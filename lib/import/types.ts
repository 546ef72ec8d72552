import type { AnswerKind, House } from "@/lib/generated/prisma/enums";

/**
 * The one shape every importer produces (lib/import/<format>.ts parses a source
 * into these; lib/import/upsert.ts is the single path that writes them). Dates
 * are calendar days as UTC midnight.
 */
export type ImportFormat = "uk-parliament-api" | "hansard-xml" | "moj-xml";

export type ImportMember = {
  /** UK Parliament member id, when the source has one (the key). */
  parliamentId?: number | null;
  /** Null when the source gives only an id (the API list endpoint); an existing name is then kept. */
  name: string | null;
  sortName?: string | null;
  house: House;
  party?: string | null;
  constituency?: string | null;
  thumbnailUrl?: string | null;
};

export type ImportBody = { parliamentId?: number | null; name: string };

export type ImportAnswer = {
  kind: AnswerKind;
  dateAnswered: Date;
  /** As the source has it: HTML or plain text (sanitised on the way in). */
  html: string;
  /** The text is an excerpt ("…" at ~255 characters), not the whole answer. */
  truncated?: boolean;
  /**
   * The source says this answer exists but not what it said (a holding answer
   * known only from `dateHoldingAnswer`, an original answer known only from a
   * correction); the html is a note to that effect and never replaces stored text.
   */
  placeholder?: boolean;
  answeringMember?: ImportMember | null;
};

export type ImportAttachment = { title: string; url: string; fileType?: string | null; sizeBytes?: number | null };

export type ImportQuestion = {
  format: ImportFormat;
  /** Where in the source: file name and record position, or URL; used in reports. */
  sourceRef: string;
  /**
   * When the source was captured (see lib/import/merge-rules.ts). Stored data is only
   * overwritten by a strictly newer capture; unknown means "current".
   */
  capturedAt?: Date | null;
  parliamentId?: number | null;
  house: House;
  uin: string;
  dateTabled: Date;
  dateForAnswer?: Date | null;
  isNamedDay?: boolean;
  heading: string;
  text: string;
  textTruncated?: boolean;
  withdrawn?: boolean;
  askingMember: ImportMember;
  answeringBody: ImportBody;
  /**
   * Every answer the source shows, oldest first: a holding answer, the
   * substantive one, and for a corrected answer the original and the correction.
   */
  answers: ImportAnswer[];
  /** Other questions answered together with this one. */
  groupedWith?: Array<{ uin: string; dateTabled?: Date | null }>;
  attachments?: ImportAttachment[];
};

/** A record the parser could not turn into an ImportQuestion. */
export type ImportRejection = { sourceRef: string; reason: string };

/** What a parser yields, record by record, so large files stream. */
export type ParsedItem = { ok: true; record: ImportQuestion } | { ok: false; rejection: ImportRejection };
