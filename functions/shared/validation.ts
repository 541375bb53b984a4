import * as z from 'zod';
import de from 'zod/v4/locales/de.js';
import { type FieldError, ValidationError } from './errors';

// Users read these messages: zod's built-in messages in German.
z.config(de());

const fieldName = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(Eingabe)';

/** One error per field; an unknown key is named itself (not its parent object). */
export const toFieldErrors = (error: z.ZodError): FieldError[] =>
  error.issues.flatMap((i) =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ field: fieldName([...i.path, key]), message: i.message }))
      : [{ field: fieldName(i.path), message: i.message }],
  );

/** Validates untrusted input; throws a ValidationError with German field messages. */
export const parseWith = <S extends z.ZodType>(schema: S, input: unknown, message?: string): z.infer<S> => {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(toFieldErrors(result.error), message);
  return result.data;
};
