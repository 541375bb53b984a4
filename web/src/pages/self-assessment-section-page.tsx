import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { type HandlungsfeldId, handlungsfeld } from '../../../functions/questionnaire/handlungsfelder';
import { measuresOf } from '../../../functions/questionnaire/measure-catalogue';
import { previousValues } from '../../../functions/questionnaire/self-assessment/basis';
import { SECTION_STATUS_LABELS } from '../../../functions/questionnaire/self-assessment/check';
import type { Indicator, TextQuestion } from '../../../functions/questionnaire/self-assessment/definition';
import type { FieldProblem } from '../api/client';
import { Link, navigate, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { ErrorSummary, focusField, useFocusFieldFromHash } from '../components/error-summary';
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { ConflictPanel, SaveStatusLine } from '../components/form-status';
import { NewMeasureDetails } from '../components/new-measure-details';
import { PageHeading, PageTitle } from '../components/page';
import { chooseCatalogue } from '../flows/accession-form';
import { type SelfAssessmentForm, saveNow, showErrors, updateSelfAssessment } from '../flows/form-store';
import {
  answerValue,
  type CarriedMeasureInput,
  type CountInput,
  countText,
  describePath,
  doneButtonId,
  editSection,
  fieldId,
  formatCount,
  hfOfPath,
  markDone,
  measureOrigin,
  type NewMeasureInput,
  newMeasureInput,
  parseCount,
  RETURN_TO_CHECK,
  ratingText,
  type Section,
  STATUS_CHOICES,
  STATUS_TAG,
  sectionErrors,
  sectionOf,
  setAnswer,
  setCarriedMeasure,
  setNewMeasure,
  setUnchanged,
  statusOf,
  summaryText,
  unchangedId,
} from '../flows/self-assessment';

/**
 * One Handlungsfeld of the self-assessment: the stage of each carried measure, new measures,
 * the indicators, the text questions and the self-rating, each beside last year's value with an
 * "unchanged since last year" confirmation. "Als erledigt markieren" runs the API's own section
 * check; errors appear in a focused summary on top and at each field.
 */
export const sectionLink = (hf: string, options: { fromCheck?: boolean; field?: string } = {}): string =>
  `${PATHS.formSection(hf)}${options.fromCheck ? `?zurueck=${RETURN_TO_CHECK}` : ''}${
    options.field ? `#${options.field}` : ''
  }`;

const optionalLabel = (label: string) => (
  <>
    {label} <span className="label-optional">(optional)</span>
  </>
);

const focusSoon = (id: string) =>
  setTimeout(() => {
    const element = document.getElementById(id);
    if (element) focusField(element);
  }, 0);

type Bound = {
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
function UnchangedBox({
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
        updateSelfAssessment(
          (a) => setUnchanged(a, hf, answerKey, checked, previous, checked ? undefined : before),
          [`abschnitte.${hf}.unveraendert`, valuePath],
        );
      }}
    />
  );
}

function CarriedMeasureFields({
  bound,
  measure,
  index,
}: {
  bound: Bound;
  measure: CarriedMeasureInput;
  index: number;
}) {
  const { form, hf, idOf, errorOf } = bound;
  const base = `abschnitte.${hf}.massnahmen.${index}`;
  const origin = measureOrigin(form.setup.basis, measure.id);
  const statusId = idOf(`${base}.status`);
  const noteId = idOf(`${base}.bemerkung`);
  return (
    <div className="item-box">
      <RadioGroup
        id={statusId}
        name={`status-${measure.id}`}
        legend={measure.titel ?? measure.id}
        legendClassName="legend-title"
        hint={origin.label}
        error={errorOf(statusId)}
        options={STATUS_CHOICES}
        value={measure.status}
        onChange={(status) =>
          updateSelfAssessment(
            (a) => setCarriedMeasure(a, hf, measure.id, (m) => ({ ...m, status })),
            [`${base}.status`],
          )
        }
      />
      <UnchangedBox
        bound={bound}
        answerKey={`massnahmen.${measure.id}`}
        valuePath={`${base}.status`}
        about={measure.titel ?? measure.id}
        label={origin.previous ? 'Unverändert seit dem Vorjahr' : 'Unverändert seit der Beitrittserklärung'}
      />
      <TextAreaField
        id={noteId}
        label={
          <>
            Anmerkung <span className="label-optional">(optional)</span>
            <span className="visually-hidden"> zu „{measure.titel}“</span>
          </>
        }
        hint="Zum Beispiel, was sich verzögert hat oder was als Nächstes kommt."
        rows={2}
        limit={500}
        value={measure.bemerkung ?? ''}
        error={errorOf(noteId)}
        onChange={(e) => {
          const bemerkung = e.target.value;
          updateSelfAssessment(
            (a) =>
              editSection(a, hf, (s) => ({
                ...s,
                massnahmen: (s.massnahmen ?? []).map((m) => (m.id === measure.id ? { ...m, bemerkung } : m)),
              })),
            [`${base}.bemerkung`],
          );
        }}
      />
    </div>
  );
}

function NewMeasureFields({
  bound,
  measure,
  index,
  onRemove,
}: {
  bound: Bound;
  measure: NewMeasureInput;
  index: number;
  onRemove: () => void;
}) {
  const { form, hf, idOf, errorOf } = bound;
  const base = `abschnitte.${hf}.neueMassnahmen.${index}`;
  const name = `Neue Maßnahme ${index + 1}`;
  const change = (leaf: string, edit: (m: NewMeasureInput) => NewMeasureInput) =>
    updateSelfAssessment((a) => setNewMeasure(a, hf, measure.id, edit), [`${base}.${leaf}`]);
  const ids = {
    katalogId: idOf(`${base}.katalogId`),
    titel: idOf(`${base}.titel`),
    beschreibung: idOf(`${base}.beschreibung`),
    status: idOf(`${base}.status`),
  };
  return (
    <fieldset className="fieldset fieldset-box measure">
      <legend className="legend-title">{name}</legend>
      <SelectField
        id={ids.katalogId}
        label="Maßnahme aus dem Katalog"
        hint="Wählen Sie eine typische Maßnahme oder beschreiben Sie eine eigene."
        options={[
          { value: '', label: 'Eigene Maßnahme (nicht aus dem Katalog)' },
          ...measuresOf(hf).map((c) => ({ value: c.id, label: c.titel })),
        ]}
        value={measure.katalogId ?? ''}
        error={errorOf(ids.katalogId)}
        onChange={(e) => {
          const katalogId = e.target.value;
          change('titel', (m) => chooseCatalogue(m, katalogId));
        }}
      />
      <TextField
        id={ids.titel}
        label="Titel der Maßnahme"
        hint="Bei einer Maßnahme aus dem Katalog vorausgefüllt; Sie können den Titel anpassen."
        autoComplete="off"
        value={measure.titel ?? ''}
        error={errorOf(ids.titel)}
        onChange={(e) => {
          const titel = e.target.value;
          change('titel', (m) => ({ ...m, titel }));
        }}
      />
      <TextAreaField
        id={ids.beschreibung}
        label={optionalLabel('Beschreibung')}
        hint="Was genau ist geplant, wer ist beteiligt?"
        rows={3}
        limit={1000}
        value={measure.beschreibung ?? ''}
        error={errorOf(ids.beschreibung)}
        onChange={(e) => {
          const beschreibung = e.target.value;
          change('beschreibung', (m) => ({ ...m, beschreibung }));
        }}
      />
      <RadioGroup
        id={ids.status}
        name={`status-${measure.id}`}
        legend={
          <>
            Stand der Maßnahme<span className="visually-hidden"> ({name})</span>
          </>
        }
        error={errorOf(ids.status)}
        options={STATUS_CHOICES}
        value={measure.status}
        onChange={(status) => change('status', (m) => ({ ...m, status }))}
      />
      <NewMeasureDetails
        fields={form.setup.questionnaire.neueMassnahmeFelder}
        measure={measure}
        idOf={(leaf) => idOf(`${base}.${leaf}`)}
        errorOf={errorOf}
        onChange={change}
      />
      <button
        id={`f-abschnitte-${hf}-neueMassnahmen-${index}-entfernen`}
        type="button"
        className="button button-secondary button-small"
        onClick={onRemove}
      >
        {name} entfernen
      </button>
    </fieldset>
  );
}

function NewMeasures({ bound }: { bound: Bound }) {
  const { form, hf, section, idOf, errorOf } = bound;
  const [announcement, setAnnouncement] = useState('');
  const all = section.neueMassnahmen ?? [];
  const max = form.setup.questionnaire.maxNewMeasures;
  const addId = idOf(`abschnitte.${hf}.neueMassnahmen`);
  const listError = errorOf(addId);
  const listErrorId = `${addId}-error`;

  const add = () => {
    const measure = newMeasureInput();
    updateSelfAssessment(
      (a) => editSection(a, hf, (s) => ({ ...s, neueMassnahmen: [...(s.neueMassnahmen ?? []), measure] })),
      [`abschnitte.${hf}.neueMassnahmen`],
    );
    setAnnouncement(`Neue Maßnahme ${all.length + 1} wurde hinzugefügt.`);
    focusSoon(idOf(`abschnitte.${hf}.neueMassnahmen.${all.length}.katalogId`));
  };
  const remove = (measure: NewMeasureInput, index: number) => {
    updateSelfAssessment(
      (a) =>
        editSection(a, hf, (s) => ({
          ...s,
          neueMassnahmen: (s.neueMassnahmen ?? []).filter((m) => m.id !== measure.id),
        })),
      [`abschnitte.${hf}.neueMassnahmen`],
    );
    setAnnouncement(`Neue Maßnahme ${index + 1} wurde entfernt.`);
    focusSoon(addId);
  };

  return (
    <section className="section sa-part" aria-labelledby="teil-neu">
      <h2 id="teil-neu">Neue Maßnahmen</h2>
      <p>
        Hat Ihr Jobcenter in diesem Handlungsfeld neue Maßnahmen begonnen oder geplant? Dann tragen Sie sie
        hier ein.
      </p>
      {listError ? (
        <p id={listErrorId} className="error-message">
          <span className="visually-hidden">Fehler: </span>
          {listError}
        </p>
      ) : null}
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {all.length === 0 ? <p className="muted">Keine neue Maßnahme eingetragen.</p> : null}
      {all.map((m, index) => (
        <NewMeasureFields
          key={m.id}
          bound={bound}
          measure={m}
          index={index}
          onRemove={() => remove(m, index)}
        />
      ))}
      {all.length < max ? (
        <button
          type="button"
          id={addId}
          className="button button-secondary"
          aria-describedby={listError ? listErrorId : undefined}
          onClick={add}
        >
          {all.length === 0 ? 'Neue Maßnahme hinzufügen' : 'Weitere neue Maßnahme hinzufügen'}
        </button>
      ) : (
        <p id={addId} tabIndex={-1} aria-describedby={listError ? listErrorId : undefined}>
          Sie haben die Höchstzahl von {max} neuen Maßnahmen erreicht.
        </p>
      )}
    </section>
  );
}

/** A count typed as text (inputmode numeric): what is typed stays until it is a number. */
function CountField({ bound, indicator }: { bound: Bound; indicator: Indicator }) {
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
          updateSelfAssessment((a) => setAnswer(a, hf, key, parsed), [path]);
        }}
      />
      <UnchangedBox bound={bound} answerKey={key} valuePath={path} about={indicator.label} />
    </div>
  );
}

function QuestionField({ bound, question }: { bound: Bound; question: TextQuestion }) {
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
          updateSelfAssessment((a) => setAnswer(a, hf, key, value), [path]);
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

function RatingField({ bound }: { bound: Bound }) {
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
        onChange={(v) => updateSelfAssessment((a) => setAnswer(a, hf, 'bewertung', Number(v)), [path])}
      />
      <UnchangedBox bound={bound} answerKey="bewertung" valuePath={path} about="Selbsteinschätzung" />
    </div>
  );
}

export function SelfAssessmentSectionPage({ form, hf }: { form: SelfAssessmentForm; hf: HandlungsfeldId }) {
  const { query } = useLocation();
  const fromCheck = query.get('zurueck') === RETURN_TO_CHECK;
  const { questionnaire: q, basis } = form.setup;
  const definition = sectionOf(q, hf);
  const info = handlungsfeld(hf);
  const section = form.answers.abschnitte?.[hf] ?? {};
  const previous = useMemo(() => previousValues(basis, hf), [basis, hf]);
  const ownErrors = form.errors.filter((e) => hfOfPath(e.field) === hf);
  // The summary lists the errors of the last attempt (or those brought along from the check page);
  // it does not change while the person fixes them, so it never takes focus away from a field.
  const [summary, setSummary] = useState<{ attempt: number; errors: FieldProblem[] }>(() => ({
    attempt: 0,
    errors: ownErrors,
  }));
  const [busy, setBusy] = useState(false);
  useFocusFieldFromHash();

  const idOf = (path: string) => fieldId(path, form.answers, q) ?? doneButtonId(hf);
  const errorOf = (id: string) => {
    const problem = ownErrors.find((e) => idOf(e.field) === id);
    return problem ? problem.message : undefined;
  };
  const bound: Bound = {
    form,
    hf,
    section,
    previous,
    lastYear: basis.previous?.year,
    idOf,
    errorOf,
  };
  const status = statusOf(form.setup, form.answers, hf);
  const back = fromCheck ? PATHS.formCheck : PATHS.form;

  const markDoneAndBack = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const errors = sectionErrors(form.setup, form.answers, hf);
    if (errors.length > 0) {
      showErrors([...form.errors.filter((x) => hfOfPath(x.field) !== hf), ...errors]);
      setSummary((s) => ({ attempt: s.attempt + 1, errors }));
      return;
    }
    updateSelfAssessment((a) => markDone(a, hf), [`abschnitte.${hf}`, `erledigt.${hf}`]);
    setBusy(true);
    await saveNow();
    setBusy(false);
    navigate(back);
  };
  const saveAndBack = async () => {
    setBusy(true);
    await saveNow();
    setBusy(false);
    navigate(back);
  };

  const doneError = errorOf(doneButtonId(hf));
  const doneErrorId = `${doneButtonId(hf)}-error`;
  return (
    <>
      <PageTitle title={`Handlungsfeld ${info.nummer} – ${q.title}`} hasErrors={summary.errors.length > 0} />
      {summary.errors.length > 0 ? (
        <ErrorSummary
          key={summary.attempt}
          description="Das Handlungsfeld ist noch nicht vollständig. Bitte ergänzen oder korrigieren Sie:"
          errors={summary.errors.map((e) => ({
            text: summaryText(describePath(e.field, form.answers, q), e.message),
            href: `#${idOf(e.field)}`,
          }))}
        />
      ) : null}
      <p>
        <Link to={back} className="back-link">
          {fromCheck ? 'Zurück zur Prüfung der Angaben' : 'Zurück zur Übersicht'}
        </Link>
      </p>
      <PageHeading caption={`${q.title} – Jobcenter ${form.context.jobcenter.name}`}>
        Handlungsfeld {info.nummer}: {info.titel}
      </PageHeading>
      <p className="lead">{definition.intro}</p>
      <p className="section-status">
        Stand: <span className={`tag ${STATUS_TAG[status]}`}>{SECTION_STATUS_LABELS[status]}</span>
      </p>
      <SaveStatusLine form={form} />
      <ConflictPanel form={form} />
      <form className="form form-wide" noValidate onSubmit={markDoneAndBack} aria-busy={busy}>
        <section className="sa-part" aria-labelledby="teil-massnahmen">
          <h2 id="teil-massnahmen">Stand Ihrer Maßnahmen</h2>
          {(section.massnahmen ?? []).length === 0 ? (
            <p className="muted">
              Aus der Beitrittserklärung und dem Vorjahr gibt es in diesem Handlungsfeld keine Maßnahmen.
            </p>
          ) : (
            <p>Welchen Stand haben diese Maßnahmen heute?</p>
          )}
          {(section.massnahmen ?? []).map((m, index) => (
            <CarriedMeasureFields key={m.id} bound={bound} measure={m} index={index} />
          ))}
        </section>
        <NewMeasures bound={bound} />
        <section className="section sa-part" aria-labelledby="teil-kennzahlen">
          <h2 id="teil-kennzahlen">Kennzahlen</h2>
          <p>
            Bitte geben Sie den Stand zum Ende des Berichtsjahres an. Schätzen Sie, wenn es keine genaue Zahl
            gibt.
          </p>
          {definition.indicators.map((indicator) => (
            <CountField key={indicator.id} bound={bound} indicator={indicator} />
          ))}
        </section>
        <section className="section sa-part" aria-labelledby="teil-fragen">
          <h2 id="teil-fragen">Fragen zum Handlungsfeld</h2>
          {definition.questions.map((question) => (
            <QuestionField key={question.id} bound={bound} question={question} />
          ))}
        </section>
        <section className="section sa-part" aria-labelledby="teil-bewertung">
          <h2 id="teil-bewertung">Selbsteinschätzung</h2>
          <RatingField bound={bound} />
        </section>
        {doneError ? (
          <p id={doneErrorId} className="error-message">
            <span className="visually-hidden">Fehler: </span>
            {doneError}
          </p>
        ) : null}
        <div className="button-group">
          <button
            id={doneButtonId(hf)}
            type="submit"
            className="button"
            disabled={busy}
            aria-describedby={doneError ? doneErrorId : undefined}
          >
            Als erledigt markieren und zurück
          </button>
          <button
            id="speichern-zurueck"
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void saveAndBack()}
          >
            {fromCheck ? 'Speichern und zurück zur Prüfung' : 'Speichern und zurück zur Übersicht'}
          </button>
        </div>
      </form>
    </>
  );
}
