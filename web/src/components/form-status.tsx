import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { describePath, STEP_STATUS_LABELS, taskList } from '../flows/accession-form';
import { type AccessionForm, type ReadyForm, storeOf } from '../flows/form-store';
import type { Side } from '../flows/merge-answers';
import { describePath as describeSelfAssessmentPath } from '../flows/self-assessment-labels';
import { formatDateTime, formatTime } from '../labels';
import { RadioGroup } from './fields';

/**
 * The autosave status as a polite live region: "Gespeichert um 10:42". Only settled states are
 * announced (not "saving …"), so a screen reader user hears one short message per save.
 */
export function SaveStatusLine({ form }: { form: ReadyForm }) {
  const { save } = form;
  if (!form.context.editable) return null;
  const dropped = save.state === 'saved' ? save.dropped : [];
  return (
    <div className="save-status">
      <p className="save-status-text" role="status">
        {save.state === 'saved' ? `Gespeichert um ${formatTime(save.at)}` : null}
        {save.state === 'saved' && save.merged
          ? '. Zur gleichen Zeit hat jemand anderes das Formular gespeichert; beide Änderungen wurden übernommen'
          : null}
        {save.state === 'saved' && dropped.length > 0
          ? `. Noch nicht gespeichert, weil die Angabe ungültig ist: ${dropped
              .map((p) =>
                form.kind === 'beitritt'
                  ? describePath(p, form.answers)
                  : describeSelfAssessmentPath(p, form.answers, form.setup.questionnaire, {
                      withSection: true,
                    }),
              )
              .join('; ')}`
          : null}
        {save.state === 'failed' ? `Nicht gespeichert: ${save.message}` : null}
        {save.state === 'idle' ? 'Ihre Angaben werden automatisch gespeichert.' : null}
      </p>
      {save.state === 'saving' ? (
        <p className="save-status-busy" aria-hidden="true">
          Wird gespeichert …
        </p>
      ) : null}
      {save.state === 'failed' && !form.conflict ? (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => void storeOf(form).saveNow()}
        >
          Erneut speichern
        </button>
      ) : null}
    </div>
  );
}

const CHOICE_MISSING = 'Bitte wählen Sie, welche Angabe gelten soll.';

/** `abschnitte.hf1.kennzahlen.x` → `konflikt-abschnitte-hf1-kennzahlen-x`: ids of a conflict's radios. */
const choiceId = (path: string) => `konflikt-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/**
 * Someone else saved the form in between and changed some of the same fields differently (all
 * other changes, theirs and these, are merged already). Lists exactly those fields with both
 * values and lets the person choose per field, or for all at once; then the result is saved.
 */
export function ConflictPanel({ form }: { form: ReadyForm }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const conflict = form.conflict;
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    setChoices({});
    setChecked(false);
    if (conflict) ref.current?.focus();
  }, [conflict]);
  if (!conflict) return null;
  const rows = storeOf(form).conflictRows();
  const missing = rows.filter((r) => !choices[r.path]);
  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const first = missing[0];
    if (first) {
      setChecked(true);
      document.getElementById(choiceId(first.path))?.focus();
      return;
    }
    void storeOf(form).resolveConflict(choices);
  };
  const many = rows.length > 1;
  return (
    <section className="notice notice-error conflict" aria-labelledby="konflikt-titel">
      <h2 className="notice-title" id="konflikt-titel" ref={ref} tabIndex={-1}>
        Das Formular wurde an anderer Stelle geändert
      </h2>
      <p>
        Jemand anderes hat das Formular zur gleichen Zeit bearbeitet und gespeichert (Fassung vom{' '}
        {formatDateTime(conflict.current.updatedAt)}). Alle Änderungen, die nur an einer Stelle gemacht
        wurden, sind übernommen – Ihre und die der anderen Person.
      </p>
      {rows.length === 0 ? (
        <>
          <p>Ihre Angaben und die gespeicherte Fassung lassen sich jetzt ohne Widerspruch zusammenführen.</p>
          <button type="button" className="button" onClick={() => void storeOf(form).resolveConflict('mine')}>
            Zusammenführen und speichern
          </button>
        </>
      ) : (
        <form noValidate onSubmit={apply}>
          <p>
            {many
              ? `Diese ${rows.length} Angaben wurden an beiden Stellen unterschiedlich geändert.`
              : 'Diese Angabe wurde an beiden Stellen unterschiedlich geändert.'}{' '}
            Bitte wählen Sie, was gelten soll.
          </p>
          {rows.map((row) => (
            <RadioGroup<Side>
              key={row.path}
              id={choiceId(row.path)}
              name={choiceId(row.path)}
              legend={row.label}
              error={checked && !choices[row.path] ? CHOICE_MISSING : undefined}
              options={[
                { value: 'mine', label: 'Ihre Angabe', hint: <span className="multiline">{row.mine}</span> },
                {
                  value: 'theirs',
                  label: 'Gespeicherte Fassung',
                  hint: <span className="multiline">{row.theirs}</span>,
                },
              ]}
              value={choices[row.path]}
              onChange={(side) => setChoices((c) => ({ ...c, [row.path]: side }))}
            />
          ))}
          <div className="button-group">
            <button type="submit" className="button">
              Auswahl übernehmen und speichern
            </button>
          </div>
          {many ? (
            <>
              <p>Oder für alle {rows.length} Angaben auf einmal:</p>
              <div className="button-group">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void storeOf(form).resolveConflict('mine')}
                >
                  Überall meine Angaben behalten
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void storeOf(form).resolveConflict('theirs')}
                >
                  Überall die gespeicherte Fassung übernehmen
                </button>
              </div>
            </>
          ) : null}
        </form>
      )}
    </section>
  );
}

/** GOV.UK task list: one row per step with its status as text (never colour alone). */
export function TaskList({ form }: { form: AccessionForm }) {
  const { rows, complete, total } = taskList(form.answers, form.context.jobcenter.traeger);
  return (
    <>
      <p className="task-progress">
        {complete} von {total} Abschnitten vollständig
      </p>
      <ol className="task-list">
        {rows.map(({ step, number, status }) => (
          <li key={step.id} className="task-list-item">
            <span className="task-list-name">
              <span className="task-list-number">{number}. </span>
              <Link
                id={`abschnitt-${step.id}`}
                to={PATHS.formStep(step.id)}
                aria-describedby={`status-${step.id}`}
              >
                {step.title}
              </Link>
            </span>
            <span id={`status-${step.id}`} className={`tag tag-${status}`}>
              {STEP_STATUS_LABELS[status]}
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** "An Kollegin/Kollegen übergeben" on the start page of either form. */
export function HandoverSection() {
  return (
    <section className="section" aria-labelledby="uebergabe">
      <h2 id="uebergabe">An eine Kollegin oder einen Kollegen übergeben</h2>
      <p>
        Jemand anderes in Ihrem Jobcenter soll das Formular weiter ausfüllen? Wir senden dieser Person einen
        eigenen Link. Ihr Link funktioniert weiterhin.
      </p>
      <p>
        <Link to={PATHS.formHandover}>An Kollegin oder Kollegen übergeben</Link>
      </p>
    </section>
  );
}
