import type { ReactNode } from 'react';
import type { AccessionAnswers } from '../../../functions/questionnaire/accession-form';
import { type FieldText, fieldText } from '../../../functions/questionnaire/accession-pages';
import { type Answers, fieldId } from '../flows/accession-form';
import { getPath, setPath } from '../flows/answer-path';
import { type AccessionForm, accessionStore } from '../flows/form-store';

/** "Telefonnummer (optional)" */
export const optionalLabel = (label: string): ReactNode => (
  <>
    {label} <span className="label-optional">(optional)</span>
  </>
);

/** Label, hint and autocomplete of a field as the page declaration has them, as field props. */
export const declared = (
  section: keyof AccessionAnswers,
  leaf: string,
): { label: ReactNode; hint?: string; autoComplete?: string } => {
  const text: FieldText = fieldText(section as 'massnahmen', leaf as 'titel');
  return {
    label: text.optional ? optionalLabel(text.label) : text.label,
    ...(text.hint ? { hint: text.hint } : {}),
    ...(text.autocomplete ? { autoComplete: text.autocomplete } : {}),
  };
};

/** Field helpers bound to the form: value, change handler and error by schema path. */
export const useField = (form: AccessionForm) => {
  const errorOf = (path: string) => form.errors.find((e) => e.field === path)?.message;
  const set = (path: string, change: (a: Answers) => Answers) => accessionStore.update(change, [path]);
  /** Props for a text control at `path`; `write` stores the new text (default: at `path` in the answers). */
  const bindText = (
    path: string,
    write: (a: Answers, value: string) => Answers = (a, value) => setPath(a, path, value),
  ) => ({
    id: fieldId(path),
    value: (getPath(form.answers, path) as string | undefined) ?? '',
    error: errorOf(path),
    onChange: (e: { target: { value: string } }) => {
      const value = e.target.value;
      set(path, (a) => write(a, value));
    },
  });
  return { errorOf, set, bindText };
};

/** An error for a whole section (e.g. "at least one measure"), above its fields. */
export function SectionError({ message }: { message: string | undefined }) {
  return message ? (
    <p className="error-message">
      <span className="visually-hidden">Fehler: </span>
      {message}
    </p>
  ) : null;
}
