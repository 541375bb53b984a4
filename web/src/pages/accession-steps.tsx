import type { ReactNode } from 'react';
import {
  ACCESSION_PAGES,
  AUSGANGSLAGE_HINT,
  CHOICE_TEXTS,
} from '../../../functions/questionnaire/accession-pages';
import { HANDLUNGSFELDER } from '../../../functions/questionnaire/handlungsfelder';
import { declared, SectionError, useField } from '../components/accession-field';
import { CheckboxField, DateField, RadioGroup, TextAreaField, TextField } from '../components/fields';
import {
  type Answers,
  type Consent,
  fieldId,
  type StepId,
  TEXT_LIMITS,
  TRAEGER_KIND_LABELS,
} from '../flows/accession-form';
import type { AccessionForm } from '../flows/form-store';
import { TYPE_LABELS } from '../labels';
import { MassnahmenStep } from './accession-measures-step';

/**
 * The fields of each step of the Beitrittserklärung. Labels, hints, autocomplete and intros come
 * from the page declaration (`functions/questionnaire/accession-pages.ts`); only the layout and
 * the wiring to the answers are written here.
 */
const intro = (id: StepId): string | undefined => {
  const page = ACCESSION_PAGES.find((p) => p.id === id);
  return page && 'intro' in page ? page.intro : undefined;
};

function JobcenterStep({ form }: { form: AccessionForm }) {
  const j = form.context.jobcenter;
  return (
    <>
      <p>{intro('jobcenter')}</p>
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
      <p>{intro('geschaeftsfuehrung')}</p>
      <TextField
        {...declared('geschaeftsfuehrung', 'name')}
        className="input-width-30"
        {...bindText('geschaeftsfuehrung.name')}
      />
      <TextField
        {...declared('geschaeftsfuehrung', 'funktion')}
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
  return (
    <>
      <p>
        Der Beitritt erfolgt im Einvernehmen mit den Trägern des Jobcenters.{' '}
        {form.context.jobcenter.type === 'gE'
          ? 'Als gemeinsame Einrichtung geben Sie die Zustimmung beider Träger an: der Agentur für Arbeit und der Kommune (oft über die Trägerversammlung).'
          : 'Als zugelassener kommunaler Träger geben Sie die Zustimmung des Kreises oder der Stadt an.'}
      </p>
      <SectionError message={errorOf('traegerZustimmungen')} />
      {consents.map((t, i) => {
        const base = `traegerZustimmungen.${i}`;
        return (
          <fieldset className="fieldset fieldset-box" key={t.kind ?? i}>
            <legend className="legend-title">
              {t.kind ? TRAEGER_KIND_LABELS[t.kind] : `Träger ${i + 1}`}
            </legend>
            <TextField
              {...declared('traegerZustimmungen', 'traeger')}
              className="input-width-30"
              {...bindText(`${base}.traeger`)}
            />
            <TextField
              {...declared('traegerZustimmungen', 'gremium')}
              className="input-width-30"
              {...bindText(`${base}.gremium`)}
            />
            <DateField
              id={fieldId(`${base}.zugestimmtAm`)}
              {...declared('traegerZustimmungen', 'zugestimmtAm')}
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
  return (
    <>
      <p>{intro('ansprechperson')}</p>
      <TextField
        {...declared('inklusionsKontakt', 'bezeichnung')}
        className="input-width-30"
        {...bindText('inklusionsKontakt.bezeichnung')}
      />
      <TextField
        {...declared('inklusionsKontakt', 'email')}
        type="email"
        spellCheck={false}
        autoCapitalize="none"
        className="input-width-30"
        {...bindText('inklusionsKontakt.email')}
      />
      <CheckboxField
        id={fieldId('inklusionsKontakt.istFunktionspostfach')}
        label={declared('inklusionsKontakt', 'istFunktionspostfach').label}
        checked={k.istFunktionspostfach ?? false}
        error={errorOf('inklusionsKontakt.istFunktionspostfach')}
        onChange={(e) => {
          const istFunktionspostfach = e.target.checked;
          set('inklusionsKontakt.istFunktionspostfach', (a) => ({
            ...a,
            inklusionsKontakt: { ...a.inklusionsKontakt, istFunktionspostfach },
          }));
        }}
      />
      <TextField
        {...declared('inklusionsKontakt', 'telefon')}
        type="tel"
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
      <p>{intro('ausgangslage')}</p>
      {HANDLUNGSFELDER.map((hf) => (
        <TextAreaField
          key={hf.id}
          {...bindText(`ausgangslage.${hf.id}`)}
          label={`Handlungsfeld ${hf.nummer}: ${hf.titel}`}
          hint={AUSGANGSLAGE_HINT}
          rows={5}
          limit={TEXT_LIMITS.ausgangslage}
        />
      ))}
    </>
  );
}

function NrwInklusivStep({ form }: { form: AccessionForm }) {
  const { errorOf, set } = useField(form);
  return (
    <>
      <p>{intro('nrw-inklusiv')}</p>
      <CheckboxField
        id={fieldId('nrwInklusiv')}
        label={CHOICE_TEXTS.nrwInklusiv.label}
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
  const texts = CHOICE_TEXTS.veroeffentlichung;
  return (
    <RadioGroup
      id={fieldId('veroeffentlichung')}
      name="veroeffentlichung"
      legend={texts.legend}
      hint={texts.hint}
      error={errorOf('veroeffentlichung')}
      options={[
        { value: 'ja', label: texts.yesOption },
        { value: 'nein', label: texts.noOption },
      ]}
      value={value === undefined ? undefined : value ? 'ja' : 'nein'}
      onChange={(choice) => set('veroeffentlichung', (a) => ({ ...a, veroeffentlichung: choice === 'ja' }))}
    />
  );
}

function UnterzeichnungStep({ form }: { form: AccessionForm }) {
  const { errorOf, set, bindText } = useField(form);
  const u = form.answers.unterzeichnung ?? {};
  return (
    <>
      <p>{intro('unterzeichnung')}</p>
      <TextField
        {...declared('unterzeichnung', 'name')}
        className="input-width-30"
        {...bindText('unterzeichnung.name')}
      />
      <TextField
        {...declared('unterzeichnung', 'ort')}
        className="input-width-20"
        {...bindText('unterzeichnung.ort')}
      />
      <DateField
        id={fieldId('unterzeichnung.datum')}
        {...declared('unterzeichnung', 'datum')}
        value={u.datum ?? ''}
        error={errorOf('unterzeichnung.datum')}
        onValueChange={(datum) =>
          set('unterzeichnung.datum', (a) => ({ ...a, unterzeichnung: { ...a.unterzeichnung, datum } }))
        }
      />
    </>
  );
}

/** The fields of each step, by step id (every declared page has one). */
export const STEP_FIELDS: Record<StepId, (props: { form: AccessionForm }) => ReactNode> = {
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
