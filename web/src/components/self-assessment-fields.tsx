import { useEffect, useState } from 'react';
import type { HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import type { Indicator, TextQuestion } from '../../../functions/self-assessment/questionnaire/definition';
import { type SelfAssessmentForm, selfAssessmentStore } from '../flows/form-store';
import {
  answerValue,
  type CountInput,
  formatCount,
  parseCount,
  type Section,
  setAnswer,
  setUnchanged,
} from '../flows/self-assessment';
import { countText, ratingText, unchangedId } from '../flows/self-assessment-labels';
import { focusField } from './error-summary';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from './fields';

/**
 * The fields of a Handlungsfeld of the self-assessment: indicators, questions, the self-rating and
 * the "unchanged since last year" confirmation beside each; the measures use them too.
 */

/** "Beschreibung (optional)" */
export const optionalLabel = (label: string) => (
  <>
    {label} <span className="label-optional">(optional)</span>
  </>
);

export const focusSoon = (id: string) =>
  setTimeout(() => {
    const element = document.getElementById(id);
    if (element) focusField(element);
  }, 0);

export type Bound = {
  form: SelfAssessmentForm;
  hf: HandlungsfeldId;
  section: Section;
  previous: ReadonlyMap<string, unknown>;
  /** Last year's assessment (year), if there was one. */
  lastYear: number | undefined;
  idOf: (path: string) => string;
  errorOf: (id: string) => string | undefined;
};

/**
 * The answer given before "unchanged" was checked, per form and answer key: unchecking brings
 * it back instead of leaving last year's value in its place (kept in memory for this tab).
 */
const answeredBeforeUnchanged = new Map<string, unknown>();

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** "Unverändert seit dem Vorjahr": only where last year (or the accession) has a value. */
export function UnchangedBox({
  bound,
  answerKey,
  valuePath,
  label,
  about,
}: {
  bound: Bound;
  answerKey: string;
  /** The answer's field, whose error the confirmation clears. */
  valuePath: string;
  label?: string;
  /** What the box is about, for screen readers (many boxes on a page share the visible label). */
  about: string;
}) {
  const { form, hf, section, previous } = bound;
  if (!previous.has(answerKey)) return null;
  const id = unchangedId(hf, answerKey);
  const remembered = `${form.context.campaign.id}/${form.context.jobcenter.id}/${hf}/${answerKey}`;
  return (
    <CheckboxField
      id={id}
      label={
        <>
          {label ?? 'Unverändert seit dem Vorjahr'}
          <span className="visually-hidden">: {about}</span>
        </>
      }
      checked={section.unveraendert?.includes(answerKey) ?? false}
      error={bound.errorOf(id)}
      onChange={(e) => {
        const checked = e.target.checked;
        const before = answeredBeforeUnchanged.get(remembered);
        answeredBeforeUnchanged.delete(remembered);
        const given = answerValue(section, answerKey);
        if (checked && !isBlank(given)) answeredBeforeUnchanged.set(remembered, given);
        selfAssessmentStore.update(
          (a) => setUnchanged(a, hf, answerKey, checked, previous, checked ? undefined : before),
          [`abschnitte.${hf}.unveraendert`, valuePath],
        );
      }}
    />
  );
}

/** A count typed as text (inputmode numeric): what is typed stays until it is a number. */
export function CountField({ bound, indicator }: { bound: Bound; indicator: Indicator }) {
  const { hf, section, previous, lastYear, idOf, errorOf } = bound;
  const key = `kennzahlen.${indicator.id}`;
  const path = `abschnitte.${hf}.${key}`;
  const id = idOf(path);
  const value = section.kennzahlen?.[indicator.id];
  const [text, setText] = useState(formatCount(value));
  // Changed elsewhere (unchanged box, conflict resolution): show the new value.
  useEffect(() => {
    setText((typed) => (parseCount(typed) === value ? typed : formatCount(value)));
  }, [value]);
  const percent = indicator.unit === 'prozent';
  const last = previous.has(key) ? countText(previous.get(key), indicator.unit) : undefined;
  return (
    <div className="sa-answer">
      <TextField
        id={id}
        label={indicator.label}
        hint={
          <>
            {indicator.hint ? <span className="cell-block">{indicator.hint}</span> : null}
            <span className="cell-block">
              {percent ? 'In Prozent, ganze Zahl von 0 bis 100.' : 'Anzahl als ganze Zahl.'}
            </span>
            {last !== undefined ? (
              <span className="cell-block previous-value">
                Vorjahr ({lastYear}): {last}
              </span>
            ) : null}
          </>
        }
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        className="input-width-count"
        suffix={percent ? '%' : 'Anzahl'}
        value={text}
        error={errorOf(id)}
        onChange={(e) => {
          const typed = e.target.value;
          setText(typed);
          const parsed: CountInput | undefined = parseCount(typed);
          selfAssessmentStore.update((a) => setAnswer(a, hf, key, parsed), [path]);
        }}
      />
      <UnchangedBox bound={bound} answerKey={key} valuePath={path} about={indicator.label} />
    </div>
  );
}

export function QuestionField({ bound, question }: { bound: Bound; question: TextQuestion }) {
  const { hf, section, previous, lastYear, idOf, errorOf } = bound;
  const key = `antworten.${question.id}`;
  const path = `abschnitte.${hf}.${key}`;
  const id = idOf(path);
  const last = previous.get(key);
  return (
    <div className="sa-answer">
      <TextAreaField
        id={id}
        label={question.required ? question.label : optionalLabel(question.label)}
        hint={question.hint}
        rows={4}
        limit={question.maxLength}
        value={section.antworten?.[question.id] ?? ''}
        error={errorOf(id)}
        onChange={(e) => {
          const value = e.target.value;
          selfAssessmentStore.update((a) => setAnswer(a, hf, key, value), [path]);
        }}
      />
      {typeof last === 'string' ? (
        <details className="details previous-answer">
          <summary>
            Ihre Antwort aus dem Vorjahr ({lastYear})
            <span className="visually-hidden"> zu „{question.label}“</span>
          </summary>
          <blockquote className="quote multiline">{last}</blockquote>
        </details>
      ) : null}
      <UnchangedBox bound={bound} answerKey={key} valuePath={path} about={question.label} />
    </div>
  );
}

export function RatingField({ bound }: { bound: Bound }) {
  const { form, hf, section, previous, lastYear, idOf, errorOf } = bound;
  const q = form.setup.questionnaire;
  const path = `abschnitte.${hf}.bewertung`;
  const id = idOf(path);
  const last = previous.has('bewertung') ? ratingText(q, previous.get('bewertung')) : undefined;
  return (
    <div className="sa-answer">
      <RadioGroup
        id={id}
        name={`bewertung-${hf}`}
        legend={q.ratingQuestion}
        hint={last ? `Vorjahr (${lastYear}): ${last}` : undefined}
        error={errorOf(id)}
        options={q.rating.map((r) => ({
          value: String(r.value),
          label: `${r.value} – ${r.label}`,
          hint: r.description,
        }))}
        value={section.bewertung === undefined ? undefined : String(section.bewertung)}
        onChange={(v) => selfAssessmentStore.update((a) => setAnswer(a, hf, 'bewertung', Number(v)), [path])}
      />
      <UnchangedBox bound={bound} answerKey="bewertung" valuePath={path} about="Selbsteinschätzung" />
    </div>
  );
}
