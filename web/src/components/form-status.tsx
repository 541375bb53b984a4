import { useEffect, useRef } from 'react';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import {
  describePath,
  differences,
  readStoredAnswers,
  STEP_STATUS_LABELS,
  STEPS,
  stepStatus,
  validateAnswers,
} from '../flows/accession-form';
import { type AccessionForm, type ReadyForm, resolveConflict, saveNow } from '../flows/form-store';
import {
  describePath as describeSelfAssessmentPath,
  readSelfAssessment,
  differences as selfAssessmentDifferences,
} from '../flows/self-assessment';
import { formatDateTime, formatTime } from '../labels';

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
        <button type="button" className="button button-small button-secondary" onClick={() => void saveNow()}>
          Erneut speichern
        </button>
      ) : null}
    </div>
  );
}

/**
 * Someone else saved the form in between (another device or a colleague). Shows what differs
 * and lets the person take the saved version or keep theirs and save over it.
 */
export function ConflictPanel({ form }: { form: ReadyForm }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const conflict = form.conflict;
  useEffect(() => {
    if (conflict) ref.current?.focus();
  }, [conflict]);
  if (!conflict) return null;
  const diff =
    form.kind === 'beitritt'
      ? differences(form.answers, readStoredAnswers(conflict.current.answers))
      : selfAssessmentDifferences(
          form.answers,
          readSelfAssessment(conflict.current.answers, form.setup),
          form.setup.questionnaire,
        );
  return (
    <section className="notice notice-error conflict" aria-labelledby="konflikt-titel">
      <h2 className="notice-title" id="konflikt-titel" ref={ref} tabIndex={-1}>
        Das Formular wurde an anderer Stelle geändert
      </h2>
      <p>{conflict.message}</p>
      <p>
        Die gespeicherte Fassung ist vom {formatDateTime(conflict.current.updatedAt)}.{' '}
        {diff.length === 0
          ? 'Sie unterscheidet sich nicht von Ihren Angaben.'
          : `${diff.length === 1 ? 'Diese Angabe unterscheidet' : 'Diese Angaben unterscheiden'} sich:`}
      </p>
      {diff.length > 0 ? (
        <table className="table table-stack conflict-table">
          <caption className="visually-hidden">
            Unterschiede zwischen Ihren Angaben und der gespeicherten Fassung
          </caption>
          <thead>
            <tr>
              <th scope="col">Feld</th>
              <th scope="col">Ihre Angabe</th>
              <th scope="col">Gespeicherte Fassung</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.label}>
                <th scope="row" data-label="Feld">
                  {d.label}
                </th>
                <td data-label="Ihre Angabe">
                  <span className="multiline">{d.mine}</span>
                </td>
                <td data-label="Gespeicherte Fassung">
                  <span className="multiline">{d.theirs}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="button-group">
        <button type="button" className="button" onClick={() => void resolveConflict('theirs')}>
          Gespeicherte Fassung übernehmen
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void resolveConflict('mine')}
        >
          Meine Angaben behalten und speichern
        </button>
      </div>
    </section>
  );
}

/** GOV.UK task list: one row per step with its status as text (never colour alone). */
export function TaskList({ form }: { form: AccessionForm }) {
  const problems = validateAnswers(form.answers, form.context.jobcenter.traeger);
  const rows = STEPS.map((step) => ({ step, status: stepStatus(step, form.answers, problems) }));
  const done = rows.filter((r) => r.status === 'done').length;
  const total = rows.filter((r) => r.status !== 'prefilled').length;
  return (
    <>
      <p className="task-progress">
        {done} von {total} Abschnitten vollständig
      </p>
      <ol className="task-list">
        {rows.map(({ step, status }, i) => (
          <li key={step.id} className="task-list-item">
            <span className="task-list-name">
              <span className="task-list-number">{i + 1}. </span>
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
