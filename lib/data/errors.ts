/** Errors the data layer raises on purpose; actions and routes turn them into 4xx answers. */
export class NotFoundError extends Error {
  constructor(readonly entity: string, readonly id: number | string) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
  }
}

/** A record with the same natural key already exists; `existingId` points to it. */
export class DuplicateError extends Error {
  constructor(
    message: string,
    readonly entity: string,
    readonly existingId: number,
    readonly field?: string,
    /** Where the existing record can be seen, when it has a page of its own. */
    readonly url?: string,
  ) {
    super(message);
    this.name = "DuplicateError";
  }
}

/** Input that passed its schema but breaks a rule only the database can check. */
export class DomainValidationError extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>, message = "Please correct the highlighted fields.") {
    super(message);
    this.name = "DomainValidationError";
  }
}
