import * as z from 'zod';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { SummaryError } from '../components/error-summary';

/** The local login form as data: fields, their validation and what a failed login shows. */
export const LOGIN_FIELDS = { username: 'email', password: 'passwort' } as const;
type LoginField = keyof typeof LOGIN_FIELDS;

export const LoginInput = z.object({
  username: z
    .string()
    .trim()
    .min(1, 'Geben Sie Ihre E-Mail-Adresse ein.')
    .max(254, 'Die E-Mail-Adresse ist zu lang.'),
  password: z.string().min(1, 'Geben Sie Ihr Passwort ein.').max(256, 'Das Passwort ist zu lang.'),
});
export type LoginInput = z.infer<typeof LoginInput>;

export type LoginErrors = Partial<Record<LoginField, string>> & { form?: string };

export const validateLogin = (values: { username: string; password: string }): LoginErrors => {
  const result = LoginInput.safeParse(values);
  if (result.success) return {};
  const errors: LoginErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as LoginField;
    errors[field] ??= issue.message;
  }
  return errors;
};

export const WRONG_CREDENTIALS = 'E-Mail-Adresse oder Passwort ist falsch.';

/** Validates, then asks the local login endpoint. Returns the session data or the errors to show. */
export const submitLocalLogin = async (values: {
  username: string;
  password: string;
}): Promise<{ ok: true; token: string; expiresAt: string } | { ok: false; errors: LoginErrors }> => {
  const errors = validateLogin(values);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  try {
    const result = await api.localLogin(values.username.trim(), values.password);
    return { ok: true, ...result };
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 400))
      return {
        ok: false,
        errors: { username: WRONG_CREDENTIALS, password: WRONG_CREDENTIALS, form: WRONG_CREDENTIALS },
      };
    return {
      ok: false,
      errors: { form: e instanceof ApiError ? e.message : 'Die Anmeldung ist fehlgeschlagen.' },
    };
  }
};

/** Error summary entries: one per field, or the form error linked to the first field. */
export const loginSummary = (errors: LoginErrors): SummaryError[] => {
  if (errors.form) return [{ text: errors.form, href: `#${LOGIN_FIELDS.username}` }];
  return (Object.keys(LOGIN_FIELDS) as LoginField[]).flatMap((field) => {
    const text = errors[field];
    return text ? [{ text, href: `#${LOGIN_FIELDS[field]}` }] : [];
  });
};
