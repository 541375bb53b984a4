/**
 * Typed errors of the domain. The HTTP edge maps them by `statusCode`: anything below 500 is
 * shown to the caller (German message, field errors), anything else becomes a generic 500.
 */
export type FieldError = { field: string; message: string; row?: number };

export class AppError extends Error {
  readonly statusCode: number = 500;
  readonly code: string = 'internal';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  override readonly statusCode = 400;
  override readonly code = 'validation_failed';
  constructor(
    readonly fields: FieldError[],
    message = 'Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.',
  ) {
    super(message);
  }
}

export class UnauthorizedError extends AppError {
  override readonly statusCode = 401;
  override readonly code = 'unauthorized';
  constructor(message = 'Bitte melden Sie sich an.') {
    super(message);
  }
}

export class ForbiddenError extends AppError {
  override readonly statusCode = 403;
  override readonly code = 'forbidden';
  constructor(message = 'Für diese Aktion fehlt Ihnen die Berechtigung.') {
    super(message);
  }
}

export class NotFoundError extends AppError {
  override readonly statusCode = 404;
  override readonly code = 'not_found';
}

export class ConflictError extends AppError {
  override readonly statusCode = 409;
  override readonly code = 'conflict';
  /** What is stored now, so the user can see what changed (e.g. a concurrently saved draft). */
  readonly current?: unknown;
  constructor(message: string, options?: { cause?: unknown; current?: unknown }) {
    super(message, options);
    this.current = options?.current;
  }
}

export class PayloadTooLargeError extends AppError {
  override readonly statusCode = 413;
  override readonly code = 'payload_too_large';
}

export class UnsupportedMediaTypeError extends AppError {
  override readonly statusCode = 415;
  override readonly code = 'unsupported_media_type';
}

/**
 * A personal link or session that does not work: same answer whatever the reason. The message says
 * where a new link comes from (the form's by default; records and consent links name their page).
 */
export class LinkInvalidError extends AppError {
  override readonly statusCode = 401;
  override readonly code = 'link_invalid';
  constructor(
    message = 'Dieser Link ist nicht (mehr) gültig. Bitte fordern Sie über die Antwortadresse Ihrer Einladung einen neuen Link an.',
  ) {
    super(message);
  }
}

export class RateLimitedError extends AppError {
  override readonly statusCode = 429;
  override readonly code = 'rate_limited';
  constructor() {
    super('Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es erneut.');
  }
}

/** Every address of a send was reported undeliverable (hard bounce or complaint): the contact needs correcting. */
export class UndeliverableError extends AppError {
  override readonly statusCode = 409;
  override readonly code = 'undeliverable';
  constructor() {
    super('An diese Adresse kann nicht mehr zugestellt werden. Bitte korrigieren Sie die Kontaktdaten.');
  }
}

/** A daily quota (functions/shared/daily-quota.ts) is used up; the message names what is limited. */
export class QuotaExceededError extends AppError {
  override readonly statusCode = 429;
  override readonly code = 'quota_exceeded';
}
