import {
  type PrivacyRequestBody,
  PrivacyRequestBody as Schema,
} from '../../../functions/privacy/privacy-request';
import type { FieldProblem } from '../api/client';
import type { SummaryError } from '../components/error-summary';

/**
 * The form of a new access or erasure request: the same zod schema as the server, so both name
 * the same fields with the same German messages; server field errors map onto the same ids.
 */
export type PrivacyValues = { email: string; kind: '' | PrivacyRequestBody['kind']; reason: string };
export type PrivacyField = keyof PrivacyValues;
export type PrivacyErrors = Partial<Record<PrivacyField, string>>;

export const initialPrivacyValues: PrivacyValues = { email: '', kind: '', reason: '' };

/** The id of each field's control: error summary links land there. */
export const PRIVACY_FIELD_IDS: Record<PrivacyField, string> = {
  email: 'pr-email',
  kind: 'pr-kind',
  reason: 'pr-reason',
};
const ORDER: PrivacyField[] = ['email', 'kind', 'reason'];

const isField = (f: string): f is PrivacyField => (ORDER as string[]).includes(f);

export const errorsFromProblems = (problems: readonly FieldProblem[]): PrivacyErrors => {
  const errors: PrivacyErrors = {};
  for (const p of problems) {
    const field = p.field.split('.')[0] ?? '';
    if (isField(field) && !errors[field]) errors[field] = p.message;
  }
  return errors;
};

export const validatePrivacyRequest = (
  values: PrivacyValues,
): { ok: true; body: PrivacyRequestBody } | { ok: false; errors: PrivacyErrors } => {
  const result = Schema.safeParse({
    email: values.email.trim(),
    reason: values.reason,
    ...(values.kind ? { kind: values.kind } : {}),
  });
  if (result.success) return { ok: true, body: result.data };
  return {
    ok: false,
    errors: errorsFromProblems(
      result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
    ),
  };
};

export const privacySummary = (errors: PrivacyErrors): SummaryError[] =>
  ORDER.flatMap((f) => (errors[f] ? [{ text: errors[f] as string, href: `#${PRIVACY_FIELD_IDS[f]}` }] : []));

/** Why staff other than admins see no privacy request page (both pages say the same). */
export const PRIVACY_ADMINS_ONLY =
  'Datenschutzanfragen können nur Administratorinnen und Administratoren bearbeiten.';
