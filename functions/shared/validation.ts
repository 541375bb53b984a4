import * as z from 'zod';
import de from 'zod/v4/locales/de.js';
import { type FieldError, ValidationError } from './errors';

// Users read these messages: zod's built-in messages in German.
z.config(de());

export const toFieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.map((i) => ({ field: i.path.map(String).join('.') || '(Eingabe)', message: i.message }));

/** Validates untrusted input; throws a ValidationError with German field messages. */
export const parseWith = <S extends z.ZodType>(schema: S, input: unknown, message?: string): z.infer<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(toFieldErrors(result.error), message);
  return result.data;
};
