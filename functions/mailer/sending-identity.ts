/**
 * The one address every e-mail is sent from, and the rule that enforces it. Declared once: the CDK
 * stacks build the address and the IAM condition (`ses:FromAddress`) from here, and the local SES
 * path evaluates the same condition before it hands a mail to the emulator, so a wrong sender fails
 * locally as it fails in AWS.
 */

/** The local part when CDK context sets none (infra/config.ts, local/mail-from.ts). */
export const DEFAULT_MAIL_FROM_LOCAL_PART = 'noreply';

/** `mailFromLocalPart@mailDomain` (CDK context); the functions receive it as MAIL_FROM. */
export const sendingAddress = (c: { mailFromLocalPart: string; mailDomain: string }): string =>
  `${c.mailFromLocalPart}@${c.mailDomain}`;

/** The IAM condition on ses:SendEmail / ses:SendRawEmail. */
export const sendingCondition = (from: string) => ({ StringEquals: { 'ses:FromAddress': from } }) as const;

/** The address part of an RFC 5322 mailbox (`Name <a@b>` or `a@b`). */
export const mailboxAddress = (mailbox: string): string => {
  const angle = /<([^<>]*)>\s*$/.exec(mailbox);
  return (angle?.[1] ?? mailbox).trim();
};

/**
 * Evaluates `sendingCondition(from)` against a SendEmail `Source` as IAM does: `ses:FromAddress` is
 * the address in Source, and StringEquals compares exactly (case-sensitive).
 */
export const allowedByCondition = (condition: ReturnType<typeof sendingCondition>, source: string): boolean =>
  condition.StringEquals['ses:FromAddress'] === mailboxAddress(source);

/** What SES answers when IAM refuses the sender: an AccessDenied client error that no retry fixes. */
export class SendingNotAuthorizedError extends Error {
  readonly $fault = 'client';
  /** Not retryable: the same mail is refused again (SQS retries would end in the dead-letter queue). */
  readonly retryable = false;
  constructor(source: string, allowed: string) {
    super(
      `User is not authorized to perform ses:SendEmail with ses:FromAddress ${mailboxAddress(source)} (allowed: ${allowed})`,
    );
    this.name = 'AccessDenied';
  }
}

/** What SES answers for a message over its size limit (10 MB after encoding): no retry fixes it. */
export class MessageTooLargeError extends Error {
  readonly $fault = 'client';
  readonly retryable = false;
  constructor(bytes: number, limit: number) {
    super(`Message length (${bytes} bytes) exceeds the maximum of ${limit} bytes`);
    this.name = 'MessageRejected';
  }
}

/** SES errors that a retry of the same mail cannot fix (IAM refusal, rejected message, unverified sender). */
const PERMANENT_SES_ERRORS = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'MessageRejected',
  'MailFromDomainNotVerifiedException',
  'ConfigurationSetDoesNotExistException',
]);

export const isPermanentSendFailure = (e: unknown): boolean =>
  e instanceof Error && PERMANENT_SES_ERRORS.has(e.name);
