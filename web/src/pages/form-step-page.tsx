import { type FormEvent, type ReactNode, useState } from 'react';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import { measuresOf } from '../../../functions/questionnaire/measure-catalogue';
import { Link, navigate, useLocation } from '../app/router';
import { PATHS } from '../app/routes';
import { ErrorSummary, focusField, useFocusFieldFromHash } from '../components/error-summary';
import {
  CheckboxField,
  DateField,
  MonthField,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../components/fields';
import { ConflictPanel, SaveStatusLine } from '../components/form-status';
import { PageHeading, PageTitle } from '../components/page';
import {
  type Answers,
  type Consent,
  chooseCatalogue,
  describePath,
  fieldId,
  type Measure,
  measureName,
  newMeasure,
  nextStep,
  STEPS,
  type Step,
  stepOfPath,
  TEXT_LIMITS,
  TRAEGER_KIND_LABELS,
} from '../flows/accession-form';
import { getPath, setPath } from '../flows/answer-path';
import { type AccessionForm, saveNow, updateAnswers } from '../flows/form-store';
import { TYPE_LABELS } from '../labels';

/** Field helpers bound to the form: value, change handler and error by schema path. */
const useField = (form: AccessionForm) => {
  const errorOf = (path: string) => form.errors.find((e) => e.field === path)?.message;
  const set = (path: string, change: (a: Answers) => Answers) => updateAnswers(change, [path]);
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

const optionalLabel = (label: string) => (
  <>
    {label} <span className="label-optional">(optional)</span>
  </>
);

const DATE_HINT = 'Im Format TT.MM.JJJJ, zum Beispiel 10.11.2026';

function JobcenterStep({ form }: { form: AccessionForm }) {
  const j = form.context.jobcenter;
  return (
    <>
      <p>Diese Angaben stammen aus dem Jobcenter-Verzeichnis des Ministeriums und sind vorausgefüllt.</p>
      <dl className="summary-list">
        <div className="summary-row">
          <dt>Name</dt>
          <dd>{j.name}</dd>
        </div>
        <div className="summary-row">
          <dt>Typ</dt>
          <dd>
            {j.type} – {TYPE_LABELS[j.type]}
          </dd>
        </div>
        <div className="summary-row">
          <dt>Träger</dt>
          <dd>
            {j.traeger.map((t) => (
              <span className="cell-block" key={t.kind}>
                {t.name} ({TRAEGER_KIND_LABELS[t.kind]})
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <p>
        Wenn eine Angabe nicht stimmt, antworten Sie bitte auf die Einladungs-E-Mail. Das Ministerium
        korrigiert das Verzeichnis.
      </p>
    </>
  );
}

function GeschaeftsfuehrungStep({ form }: { form: AccessionForm }) {
  const { bindText } = useField(form);
  return (
    <>
      <p>Wer leitet das Jobcenter? Die Geschäftsführung erklärt den Beitritt.</p>
      <TextField
        label="Name"
        hint="Vor- und Nachname der Geschäftsführerin oder des Geschäftsführers"
        autoComplete="name"
        className="input-width-30"
        {...bindText('geschaeftsfuehrung.name')}
      />
      <TextField
        label="Funktion"
        hint="Zum Beispiel Geschäftsführerin, Geschäftsführer oder Vorstand"
        autoComplete="organization-title"
        className="input-width-30"
        {...bindText('geschaeftsfuehrung.funktion')}
      />
    </>
  );
}

const setConsent = (a: Answers, index: number, change: Partial<Consent>): Answers => ({
  ...a,
  traegerZustimmungen: (a.traegerZustimmungen ?? []).map((t, i) => (i === index ? { ...t, ...change } : t)),
});

function TraegerStep({ form }: { form: AccessionForm }) {
  const { errorOf, set, bindText } = useField(form);
  const consents = form.answers.traegerZustimmungen ?? [];
  const sectionError = errorOf('traegerZustimmungen');
  return (
    <>
      <p>
        Der Beitritt erfolgt im Einvernehmen mit den Trägern des Jobcenters.{' '}
        {form.context.jobcenter.type === 'gE'
          ? 'Als gemeinsame Einrichtung geben Sie die Zustimmung beider Träger an: der Agentur für Arbeit und der Kommune (oft über die Trägerversammlung).'
          : 'Als zugelassener kommunaler Träger geben Sie die Zustimmung des Kreises oder der Stadt an.'}
      </p>
      {sectionError ? (
        <p className="error-message">
          <span className="visually-hidden">Fehler: </span>
          {sectionError}
        </p>
      ) : null}
      {consents.map((t, i) => {
        const base = `traegerZustimmungen.${i}`;
        return (
          <fieldset className="fieldset fieldset-box" key={t.kind ?? i}>
            <legend className="legend-title">
              {t.kind ? TRAEGER_KIND_LABELS[t.kind] : `Träger ${i + 1}`}
            </legend>
            <TextField
              label="Name des Trägers"
              hint="Aus dem Verzeichnis vorausgefüllt; bitte bei Bedarf korrigieren"
              autoComplete="off"
              className="input-width-30"
              {...bindText(`${base}.traeger`)}
            />
            <TextField
              label={optionalLabel('Zustimmendes Gremium')}
              hint="Zum Beispiel Trägerversammlung, Kreistag oder Rat der Stadt"
              autoComplete="off"
              className="input-width-30"
              {...bindText(`${base}.gremium`)}
            />
            <DateField
              id={fieldId(`${base}.zugestimmtAm`)}
              label="Datum der Zustimmung"
              hint={DATE_HINT}
              autoComplete="off"
              value={t.zugestimmtAm ?? ''}
              error={errorOf(`${base}.zugestimmtAm`)}
              onValueChange={(zugestimmtAm) =>
                set(`${base}.zugestimmtAm`, (a) => setConsent(a, i, { zugestimmtAm }))
              }
            />
          </fieldset>
        );
      })}
    </>
  );
}

function AnsprechpersonStep({ form }: { form: AccessionForm }) {
  const { errorOf, set, bindText } = useField(form);
  const k = form.answers.inklusionsKontakt ?? {};
  const change = (path: string, value: Partial<NonNullable<Answers['inklusionsKontakt']>>) =>
    set(path, (a) => ({ ...a, inklusionsKontakt: { ...a.inklusionsKontakt, ...value } }));
  return (
    <>
      <p>An wen kann sich das Ministerium zu Fragen der Inklusion in Ihrem Jobcenter wenden?</p>
      <TextField
        label="Bezeichnung"
        hint="Zum Beispiel „Team Inklusion“, „Inklusionsbeauftragte“ oder der Name einer Person"
        autoComplete="off"
        className="input-width-30"
        {...bindText('inklusionsKontakt.bezeichnung')}
      />
      <TextField
        label="E-Mail-Adresse"
        hint="Ein Funktionspostfach wird bevorzugt, damit Nachrichten auch bei Abwesenheit ankommen."
        type="email"
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="none"
        className="input-width-30"
        {...bindText('inklusionsKontakt.email')}
      />
      <CheckboxField
        id={fieldId('inklusionsKontakt.istFunktionspostfach')}
        label="Die E-Mail-Adresse ist ein Funktionspostfach"
        checked={k.istFunktionspostfach ?? false}
        error={errorOf('inklusionsKontakt.istFunktionspostfach')}
        onChange={(e) =>
          change('inklusionsKontakt.istFunktionspostfach', { istFunktionspostfach: e.target.checked })
        }
      />
      <TextField
        label={optionalLabel('Telefonnummer')}
        hint="Mit Vorwahl, zum Beispiel 0211 123456"
        type="tel"
        autoComplete="tel"
        className="input-width-20"
        {...bindText('inklusionsKontakt.telefon')}
      />
    </>
  );
}

function AusgangslageStep({ form }: { form: AccessionForm }) {
  const { bindText } = useField(form);
  return (
    <>
      <p>
        Beschreiben Sie kurz, wo Ihr Jobcenter in jedem der sechs Handlungsfelder heute steht. Einige Sätze
        genügen; die Angaben sind der Ausgangspunkt für die jährliche Selbstbewertung.
      </p>
      {HANDLUNGSFELDER.map((hf) => {
        const path = `ausgangslage.${hf.id}`;
        return (
          <TextAreaField
            key={hf.id}
            {...bindText(path)}
            label={`Handlungsfeld ${hf.nummer}: ${hf.titel}`}
            hint="Was gibt es bereits, wo sehen Sie Handlungsbedarf?"
            rows={5}
            limit={TEXT_LIMITS.ausgangslage}
          />
        );
      })}
    </>
  );
}

const setMeasure = (a: Answers, id: string, change: (m: Measure) => Measure): Answers => ({
  ...a,
  massnahmen: (a.massnahmen ?? []).map((m) => (m.id === id ? change(m) : m)),
});

const focusSoon = (id: string) =>
  setTimeout(() => {
    const element = document.getElementById(id);
    if (element) focusField(element);
  }, 0);

function MeasureFields({
  form,
  measure,
  index,
  onRemove,
}: {
  form: AccessionForm;
  measure: Measure;
  index: number;
  onRemove: () => void;
}) {
  const { errorOf, set, bindText } = useField(form);
  const all = form.answers.massnahmen ?? [];
  const name = measureName(all, index);
  const base = `massnahmen.${index}`;
  const number = name.replace(/^.*Maßnahme /, 'Maßnahme ');
  const catalogue = measure.handlungsfeld ? measuresOf(measure.handlungsfeld) : [];
  const bindMeasure = (leaf: 'titel' | 'beschreibung' | 'beginn' | 'ende') =>
    bindText(`${base}.${leaf}`, (a, value) => setMeasure(a, measure.id, (m) => ({ ...m, [leaf]: value })));
  return (
    <fieldset className="fieldset fieldset-box measure">
      <legend className="legend-title">
        {number}
        <span className="visually-hidden"> im {name.replace(/, Maßnahme.*$/, '')}</span>
      </legend>
      <SelectField
        id={fieldId(`${base}.katalogId`)}
        label="Maßnahme aus dem Katalog"
        hint="Wählen Sie eine typische Maßnahme oder beschreiben Sie eine eigene."
        options={[
          { value: '', label: 'Eigene Maßnahme (nicht aus dem Katalog)' },
          ...catalogue.map((c) => ({ value: c.id, label: c.titel })),
        ]}
        value={measure.katalogId ?? ''}
        error={errorOf(`${base}.katalogId`)}
        onChange={(e) => {
          const katalogId = e.target.value;
          set(`${base}.titel`, (a) => setMeasure(a, measure.id, (m) => chooseCatalogue(m, katalogId)));
        }}
      />
      <TextField
        {...bindMeasure('titel')}
        label="Titel der Maßnahme"
        hint="Bei einer Maßnahme aus dem Katalog vorausgefüllt; Sie können den Titel anpassen."
        autoComplete="off"
      />
      <TextAreaField
        {...bindMeasure('beschreibung')}
        label={optionalLabel('Beschreibung')}
        hint="Was genau ist geplant, wer ist beteiligt?"
        rows={3}
        limit={TEXT_LIMITS.beschreibung}
      />
      <div className="month-range">
        <MonthField {...bindMeasure('beginn')} label="Beginn" />
        <MonthField {...bindMeasure('ende')} label="Ende" />
      </div>
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>
        {number} entfernen<span className="visually-hidden"> ({name.replace(/, Maßnahme.*$/, '')})</span>
      </button>
    </fieldset>
  );
}

function MassnahmenStep({ form }: { form: AccessionForm }) {
  const { errorOf } = useField(form);
  const [announcement, setAnnouncement] = useState('');
  const all = form.answers.massnahmen ?? [];
  const sectionError = errorOf('massnahmen');

  const add = (hf: HandlungsfeldId) => {
    const measure = newMeasure(hf);
    updateAnswers((a) => ({ ...a, massnahmen: [...(a.massnahmen ?? []), measure] }), ['massnahmen']);
    const nummer = HANDLUNGSFELDER.find((h) => h.id === hf)?.nummer;
    setAnnouncement(`Eine Maßnahme für Handlungsfeld ${nummer} wurde hinzugefügt.`);
    focusSoon(fieldId(`massnahmen.${all.length}.katalogId`));
  };
  const remove = (measure: Measure, index: number) => {
    const name = measureName(all, index);
    updateAnswers(
      (a) => ({ ...a, massnahmen: (a.massnahmen ?? []).filter((m) => m.id !== measure.id) }),
      ['massnahmen'],
    );
    setAnnouncement(`${name} wurde entfernt.`);
    focusSoon(`hinzufuegen-${measure.handlungsfeld}`);
  };

  return (
    <>
      <p>
        Der Beitritt soll mit konkreten Maßnahmen in Ihrem Jobcenter verbunden sein. Geben Sie mindestens eine
        Maßnahme an, mit Zeitraum. Sie können Maßnahmen aus dem Katalog wählen oder eigene beschreiben.
      </p>
      {sectionError ? (
        <p className="error-message">
          <span className="visually-hidden">Fehler: </span>
          {sectionError}
        </p>
      ) : null}
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
      {HANDLUNGSFELDER.map((hf, hfIndex) => {
        const measures = all.map((m, index) => ({ m, index })).filter(({ m }) => m.handlungsfeld === hf.id);
        return (
          <section key={hf.id} className="section measures-section" aria-labelledby={`hf-${hf.id}`}>
            <h2 id={`hf-${hf.id}`}>
              Handlungsfeld {hf.nummer}: {hf.titel}
            </h2>
            {measures.length === 0 ? (
              <p className="muted">Noch keine Maßnahme in diesem Handlungsfeld.</p>
            ) : null}
            {measures.map(({ m, index }) => (
              <MeasureFields
                key={m.id}
                form={form}
                measure={m}
                index={index}
                onRemove={() => remove(m, index)}
              />
            ))}
            <button
              type="button"
              id={hfIndex === 0 ? fieldId('massnahmen') : `hinzufuegen-${hf.id}`}
              className="button button-secondary"
              onClick={() => add(hf.id)}
            >
              Maßnahme hinzufügen<span className="visually-hidden"> (Handlungsfeld {hf.nummer})</span>
            </button>
          </section>
        );
      })}
    </>
  );
}

function NrwInklusivStep({ form }: { form: AccessionForm }) {
  const { errorOf, set } = useField(form);
  return (
    <>
      <p>
        Mit dem Beitritt zur Rahmenvereinbarung wird Ihr Jobcenter zugleich Mitglied der Landesinitiative „NRW
        inklusiv“. Als Mitglied darf Ihr Jobcenter das Logo „NRW inklusiv“ verwenden, zum Beispiel auf der
        Website, in Veröffentlichungen und bei Veranstaltungen zur Inklusion.
      </p>
      <CheckboxField
        id={fieldId('nrwInklusiv')}
        label="Ich bestätige die Mitgliedschaft des Jobcenters in der Landesinitiative „NRW inklusiv“."
        checked={form.answers.nrwInklusiv ?? false}
        error={errorOf('nrwInklusiv')}
        onChange={(e) => {
          const nrwInklusiv = e.target.checked;
          set('nrwInklusiv', (a) => ({ ...a, nrwInklusiv }));
        }}
      />
    </>
  );
}

function VeroeffentlichungStep({ form }: { form: AccessionForm }) {
  const { errorOf, set } = useField(form);
  const value = form.answers.veroeffentlichung;
  return (
    <RadioGroup
      id={fieldId('veroeffentlichung')}
      name="veroeffentlichung"
      legend="Darf das Ministerium den Beitritt Ihres Jobcenters veröffentlichen?"
      hint="Veröffentlicht werden nur Name, Typ und Regierungsbezirk des Jobcenters und das Datum des Beitritts, in der öffentlichen Liste „Beigetretene Jobcenter“. Personenbezogene Daten werden nicht veröffentlicht."
      error={errorOf('veroeffentlichung')}
      options={[
        { value: 'ja', label: 'Ja, der Beitritt darf veröffentlicht werden' },
        { value: 'nein', label: 'Nein, der Beitritt soll nicht veröffentlicht werden' },
      ]}
      value={value === undefined ? undefined : value ? 'ja' : 'nein'}
      onChange={(choice) => set('veroeffentlichung', (a) => ({ ...a, veroeffentlichung: choice === 'ja' }))}
    />
  );
}

function UnterzeichnungStep({ form }: { form: AccessionForm }) {
  const { errorOf, set, bindText } = useField(form);
  const u = form.answers.unterzeichnung ?? {};
  const change = (leaf: 'name' | 'ort' | 'datum', value: string) =>
    set(`unterzeichnung.${leaf}`, (a) => ({ ...a, unterzeichnung: { ...a.unterzeichnung, [leaf]: value } }));
  return (
    <>
      <p>Wer gibt die Erklärung für das Jobcenter ab? In der Regel ist das die Geschäftsführung.</p>
      <TextField
        label="Name"
        hint="Vor- und Nachname"
        autoComplete="name"
        className="input-width-30"
        {...bindText('unterzeichnung.name')}
      />
      <TextField
        label="Ort"
        autoComplete="address-level2"
        className="input-width-20"
        {...bindText('unterzeichnung.ort')}
      />
      <DateField
        id={fieldId('unterzeichnung.datum')}
        label="Datum"
        hint={DATE_HINT}
        autoComplete="off"
        value={u.datum ?? ''}
        error={errorOf('unterzeichnung.datum')}
        onValueChange={(datum) => change('datum', datum)}
      />
    </>
  );
}

const STEP_FIELDS: Record<Step['id'], (props: { form: AccessionForm }) => ReactNode> = {
  jobcenter: JobcenterStep,
  geschaeftsfuehrung: GeschaeftsfuehrungStep,
  traeger: TraegerStep,
  ansprechperson: AnsprechpersonStep,
  ausgangslage: AusgangslageStep,
  massnahmen: MassnahmenStep,
  'nrw-inklusiv': NrwInklusivStep,
  veroeffentlichung: VeroeffentlichungStep,
  unterzeichnung: UnterzeichnungStep,
};

/** `?zurueck=pruefen`: opened from the check-answers page, so "continue" returns there. */
const RETURN_TO_CHECK = 'pruefen';
export const stepLink = (step: string, options: { fromCheck?: boolean; field?: string } = {}): string =>
  `${PATHS.formStep(step)}${options.fromCheck ? `?zurueck=${RETURN_TO_CHECK}` : ''}${
    options.field ? `#${options.field}` : ''
  }`;

export function FormStepPage({ form, step }: { form: AccessionForm; step: Step }) {
  const { query } = useLocation();
  const fromCheck = query.get('zurueck') === RETURN_TO_CHECK;
  const index = STEPS.findIndex((s) => s.id === step.id);
  const stepErrors = form.errors.filter((e) => stepOfPath(e.field)?.id === step.id);
  const Fields = STEP_FIELDS[step.id];
  const [busy, setBusy] = useState(false);

  useFocusFieldFromHash();

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setBusy(true);
    await saveNow();
    setBusy(false);
    const next = nextStep(step.id);
    navigate(fromCheck || !next ? PATHS.formCheck : PATHS.formStep(next.id));
  };

  return (
    <>
      <PageTitle title={`${step.title} – Beitrittserklärung`} hasErrors={stepErrors.length > 0} />
      {stepErrors.length > 0 ? (
        <ErrorSummary
          errors={stepErrors.map((e) => ({
            text: `${describePath(e.field, form.answers)}: ${e.message}`,
            href: `#${fieldId(e.field)}`,
          }))}
        />
      ) : null}
      <p>
        <Link to={fromCheck ? PATHS.formCheck : PATHS.form} className="back-link">
          {fromCheck ? 'Zurück zur Prüfung der Angaben' : 'Zurück zur Übersicht'}
        </Link>
      </p>
      <PageHeading
        caption={`Schritt ${index + 1} von ${STEPS.length} – Jobcenter ${form.context.jobcenter.name}`}
      >
        {step.title}
      </PageHeading>
      <SaveStatusLine form={form} />
      <ConflictPanel form={form} />
      <form className="form form-wide" noValidate onSubmit={onSubmit} aria-busy={busy}>
        <Fields form={form} />
        <div className="button-group">
          <button id="weiter" type="submit" className="button" disabled={busy}>
            {fromCheck ? 'Speichern und zurück zur Prüfung' : 'Speichern und weiter'}
          </button>
          <Link to={PATHS.form}>Zur Übersicht</Link>
        </div>
      </form>
    </>
  );
}
