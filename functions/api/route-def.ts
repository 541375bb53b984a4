import type * as z from 'zod';
import { ErrorBody } from './error-body';
import type { Access } from './route-access';

/** What every entry of ROUTES declares (functions/api/routes.ts). */
export type RouteDef = {
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway syntax: `/api/jobcenters/{id}`. */
  path: string;
  /** `public`: no auth; `session`: the Jobcenter's form session (checked in the handler); a role: JWT. */
  access: Access;
  /** Why a public or session route has no JWT authorizer (required for those; infra checks it). */
  publicReason?: string;
  /**
   * A public route that takes a personal link token (form, records, consent) without a session:
   * the way in that guessing would use, so infra gives it the tight `linkCheck` throttle and the
   * WAF's per-IP link rule (infra/route-throttles.ts, infra/edge-stack.ts).
   */
  linkExchange?: true;
  /** Handler file relative to the repository root; it exports `handler`. */
  entry: string;
  summary: string;
  /** Least privilege: what the function may do with the table and SES. */
  grants: {
    table: 'none' | 'read' | 'readWrite';
    sendMail: boolean;
    describeTable?: boolean;
    /** ses:GetSendQuota for the mailer health probe. */
    sendQuota?: boolean;
    /** sqs:SendMessage on the send queue. */
    enqueue?: boolean;
    /** secretsmanager:GetSecretValue on the link-sealing key (LINK_KEY_SECRET_ARN). */
    linkKey?: boolean;
  };
  request?: {
    query?: z.ZodObject;
    path?: z.ZodObject;
    body?: { contentType: string; schema: z.ZodType };
  };
  responses: Record<number, { description: string; contentType?: string; schema?: z.ZodType }>;
};

/** An error response of the OpenAPI description (every error body has the same shape). */
export const jsonError = (description: string) => ({ description, schema: ErrorBody });
