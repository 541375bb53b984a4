/**
 * Hard limits of the AWS services this system uses, declared once. Code that could reach one
 * (transactions, batch reads, request bodies) reads it from here, the local stack enforces the same
 * figure where it can (local/http-server.ts: body size and integration timeout; the local mailer:
 * message size), and tests prove the code stays inside the others (test/unit/aws-limits.test.ts;
 * test/integration/atomic-state.test.ts: pages past 1 MB; test/integration/sending-identity.test.ts:
 * SES message size).
 */
export const AWS_LIMITS = {
  dynamodb: {
    /** Largest item, attribute names and values included. */
    itemBytes: 400 * 1024,
    /** TransactWriteItems / TransactGetItems: items per transaction and their total size. */
    transactItems: 100,
    transactBytes: 4 * 1024 * 1024,
    /** BatchGetItem: keys per request. */
    batchGetKeys: 100,
    /** Query/Scan return at most this much per page; the rest needs LastEvaluatedKey. */
    pageBytes: 1024 * 1024,
  },
  ses: {
    /** SendEmail / SendRawEmail: the whole message after encoding. */
    messageBytes: 10 * 1024 * 1024,
    /** Recipients (To + Cc + Bcc) per message. */
    recipientsPerMessage: 50,
  },
  lambda: {
    /** Synchronous invocation: request and response payload each (binary answers base64-encoded). */
    payloadBytes: 6 * 1024 * 1024,
  },
  apiGateway: {
    /** HTTP API: request payload. */
    payloadBytes: 10 * 1024 * 1024,
    /** HTTP API: maximum integration timeout. */
    integrationTimeoutMs: 30_000,
  },
} as const;
