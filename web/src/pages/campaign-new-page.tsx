import { type FormEvent, useState } from 'react';
import { api, campaignApi } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { isAdmin, usePrincipal } from '../app/context';
import { Link, navigate } from '../app/router';
import { PATHS } from '../app/routes';
import { ErrorSummary } from '../components/error-summary';
import { DateField, RadioGroup, SelectField, TextAreaField, TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { useSubmit } from '../components/use-submit';
import {
  CAMPAIGN_FIELDS,
  type CampaignErrors,
  type CampaignFormValues,
  campaignErrorsOf,
  campaignSummary,
  initialCampaignValues,
  QUESTIONNAIRE_LIST,
  RECIPIENT_MODES,
  type RecipientMode,
  validateCampaign,
  withKind,
} from '../flows/campaign-form';
import { FILTER_FIELDS, filterOptions } from '../flows/jobcenter-filter';

const KINDS = [
  {
    value: 'beitritt',
    label: 'Beitritt',
    hint: 'Einladung zum Beitritt (Anlage A2) mit der Beitrittserklärung (Anlage A3)',
  },
  {
    value: 'selbstbewertung',
    label: 'Selbstbewertung',
    hint: 'Die jährliche Selbstbewertung der beigetretenen Jobcenter je Handlungsfeld',
  },
] as const;

const ONLY_ACCEDED = 'Angeschrieben werden nur Jobcenter, die beigetreten sind.';

const MODE_TEXTS: Record<
  CampaignFormValues['kind'],
  Partial<Record<RecipientMode, { label: string; hint: string }>>
> = {
  beitritt: {
    'alle-offenen': {
      label: 'Alle Jobcenter, die noch nicht beigetreten sind',
      hint: 'Jobcenter mit bestätigtem Beitritt werden nicht angeschrieben.',
    },
    filter: { label: 'Nach Filter', hint: 'Zum Beispiel alle zugelassenen kommunalen Träger in Münster.' },
    auswahl: { label: 'Einzelne Jobcenter auswählen', hint: 'Höchstens 100 Jobcenter.' },
  },
  selbstbewertung: {
    'alle-beigetretenen': {
      label: 'Alle beigetretenen Jobcenter',
      hint: 'Jedes Jobcenter mit bestätigtem Beitritt.',
    },
    filter: {
      label: 'Nach Filter',
      hint: `Zum Beispiel alle zugelassenen kommunalen Träger in Münster. ${ONLY_ACCEDED}`,
    },
    auswahl: { label: 'Einzelne Jobcenter auswählen', hint: `Höchstens 100 Jobcenter. ${ONLY_ACCEDED}` },
  },
};

/** Modes without further fields. */
const hasDetails = (mode: RecipientMode) => mode === 'filter' || mode === 'auswahl';

function JobcenterChoice({
  values,
  error,
  onChange,
}: {
  values: CampaignFormValues;
  error: string | undefined;
  onChange: (ids: string[]) => void;
}) {
  const list = useResource('all-jobcenters', (signal) => api.listJobcenters({}, signal));
  if (list.state === 'loading') return <Loading>Die Jobcenter werden geladen …</Loading>;
  if (list.state === 'failed') return <Problem error={list.error} onRetry={list.reload} />;
  const chosen = new Set(values.jobcenterIds);
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <fieldset
        className="fieldset"
        aria-describedby={error ? `${CAMPAIGN_FIELDS['recipients.jobcenterIds']}-error` : undefined}
      >
        <legend className="legend-label">Jobcenter auswählen</legend>
        <p className="hint">{chosen.size} ausgewählt</p>
        {error ? (
          <p id={`${CAMPAIGN_FIELDS['recipients.jobcenterIds']}-error`} className="error-message">
            <span className="visually-hidden">Fehler: </span>
            {error}
          </p>
        ) : null}
        <div className="choices choices-columns">
          {list.data.items.map((j, i) => {
            const id = i === 0 ? CAMPAIGN_FIELDS['recipients.jobcenterIds'] : `k-auswahl-${j.id}`;
            return (
              <div className="choice choice-small" key={j.id}>
                <input
                  id={id}
                  type="checkbox"
                  className="choice-input"
                  name="jobcenterIds"
                  value={j.id}
                  checked={chosen.has(j.id)}
                  onChange={(e) =>
                    onChange(
                      e.target.checked
                        ? [...values.jobcenterIds, j.id]
                        : values.jobcenterIds.filter((x) => x !== j.id),
                    )
                  }
                />
                <label className="choice-label" htmlFor={id}>
                  {j.name} <span className="muted">({j.type})</span>
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function CampaignNewPage() {
  const principal = usePrincipal();
  const [values, setValues] = useState<CampaignFormValues>(initialCampaignValues);
  const [errors, setErrors] = useState<CampaignErrors>({});
  const submit = useSubmit();
  const summary = [
    ...(submit.problem ? [{ text: submit.problem.message, href: `#${CAMPAIGN_FIELDS.title}` }] : []),
    ...campaignSummary(errors),
  ];

  const set =
    <K extends keyof CampaignFormValues>(key: K) =>
    (value: CampaignFormValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!submit.start()) return;
    const checked = validateCampaign(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await submit.run(
      async () => {
        const campaign = await campaignApi.create(checked.input);
        navigate(PATHS.campaign(campaign.id));
      },
      (error) => {
        if (error.fields.length > 0) setErrors(campaignErrorsOf(error.fields));
        return error.fields.length > 0;
      },
    );
  };

  if (principal.state === 'ready' && !isAdmin(principal))
    return (
      <>
        <PageTitle title="Neue Kampagne" />
        <PageHeading caption="Verwaltung">Neue Kampagne</PageHeading>
        <p>Kampagnen dürfen nur Personen mit der Rolle „Administration“ anlegen.</p>
        <p>
          <Link to={PATHS.campaignList}>Zur Übersicht der Kampagnen</Link>
        </p>
      </>
    );

  const text = (key: 'title' | 'senderName' | 'replyTo' | 'subject') => ({
    value: values[key],
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
  });

  return (
    <>
      <PageTitle title="Neue Kampagne" hasErrors={summary.length > 0} />
      {summary.length > 0 ? <ErrorSummary errors={summary} attempt={submit.attempt} /> : null}
      <p>
        <Link to={PATHS.campaignList} className="back-link">
          Zurück zu den Kampagnen
        </Link>
      </p>
      <PageHeading caption="Verwaltung">Neue Kampagne</PageHeading>
      <p>
        Die Kampagne wird als Entwurf angelegt. Vor dem Start sehen Sie eine Vorschau des Anschreibens und die
        Liste der Empfänger.
      </p>
      <form className="form form-wide" noValidate onSubmit={onSubmit} aria-busy={submit.busy}>
        <RadioGroup
          id={CAMPAIGN_FIELDS.kind}
          name="kind"
          legend="Art der Kampagne"
          hint="Titel, Betreff, Anschreiben und Empfänger passen sich an die Art an, solange Sie sie nicht geändert haben."
          options={KINDS}
          value={values.kind}
          error={errors.kind}
          onChange={(kind) => setValues((v) => withKind(v, { kind }))}
        />
        {values.kind === 'selbstbewertung' ? (
          <SelectField
            id={CAMPAIGN_FIELDS.fragebogen}
            label="Fragebogen"
            hint="Der Fragebogen legt die Fragen und Kennzahlen des Jahres fest. Titel, Betreff und Anschreiben nennen das Jahr, solange Sie sie nicht geändert haben."
            options={[
              { value: '', label: 'Bitte wählen' },
              ...QUESTIONNAIRE_LIST.map((q) => ({ value: q.version, label: q.title })),
            ]}
            value={values.fragebogen}
            error={errors.fragebogen}
            onChange={(e) => {
              const fragebogen = e.target.value;
              setValues((v) => withKind(v, { fragebogen }));
            }}
          />
        ) : null}
        <TextField
          id={CAMPAIGN_FIELDS.title}
          label="Titel"
          hint="Erscheint im Anschreiben und im Formular"
          autoComplete="off"
          error={errors.title}
          {...text('title')}
        />
        <DateField
          id={CAMPAIGN_FIELDS.deadline}
          label="Frist"
          hint="Bis zu diesem Tag sollen die Jobcenter antworten. Im Format TT.MM.JJJJ, zum Beispiel 31.03.2027"
          autoComplete="off"
          error={errors.deadline}
          value={values.deadline}
          onValueChange={set('deadline')}
        />
        <TextField
          id={CAMPAIGN_FIELDS.graceDays}
          label="Nachfrist in Tagen"
          hint="So viele Tage nach der Frist funktionieren die persönlichen Links noch (0 bis 90)"
          inputMode="numeric"
          autoComplete="off"
          className="input-width-4"
          error={errors.graceDays}
          value={values.graceDays}
          onChange={(e) => set('graceDays')(e.target.value)}
        />
        <TextField
          id={CAMPAIGN_FIELDS.senderName}
          label="Absender"
          hint="Name und Stelle, die das Anschreiben unterzeichnet, zum Beispiel „Dr. Maria Beispiel, Referat II A 3“, ohne E-Mail-Adresse und ohne @, < oder >. Er erscheint als Absender; versendet wird immer von der Versandadresse des Ministeriums, Antworten gehen an die Antwortadresse."
          autoComplete="off"
          className="input-width-30"
          error={errors.senderName}
          {...text('senderName')}
        />
        <TextField
          id={CAMPAIGN_FIELDS.replyTo}
          label="Antwortadresse"
          hint="Antworten der Jobcenter und Bitten um einen neuen Link gehen an diese Adresse"
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          className="input-width-30"
          error={errors.replyTo}
          {...text('replyTo')}
        />
        <TextField
          id={CAMPAIGN_FIELDS['letter.subject']}
          label="Betreff"
          autoComplete="off"
          error={errors['letter.subject']}
          {...text('subject')}
        />
        <TextAreaField
          id={CAMPAIGN_FIELDS['letter.body']}
          label="Text des Anschreibens"
          hint="Ohne Anschrift und Unterschrift; diese, die sechs Handlungsfelder und der persönliche Link werden ergänzt. Absätze durch eine Leerzeile trennen."
          rows={14}
          limit={8000}
          error={errors['letter.body']}
          value={values.body}
          onChange={(e) => set('body')(e.target.value)}
        />

        <div className={errors.recipients ? 'form-group form-group-error' : 'form-group'}>
          <fieldset
            className="fieldset"
            aria-describedby={errors.recipients ? 'k-empfaenger-error' : undefined}
          >
            <legend className="legend-label">Empfänger</legend>
            {errors.recipients ? (
              <p id="k-empfaenger-error" className="error-message">
                <span className="visually-hidden">Fehler: </span>
                {errors.recipients}
              </p>
            ) : null}
            <div className="choices">
              {RECIPIENT_MODES[values.kind].map((value, i) => {
                const mode = { value, label: '', hint: '', ...MODE_TEXTS[values.kind][value] };
                const id = i === 0 ? CAMPAIGN_FIELDS.recipients : `k-empfaenger-${mode.value}`;
                const checked = values.mode === mode.value;
                return (
                  <div key={mode.value}>
                    <div className="choice">
                      <input
                        id={id}
                        type="radio"
                        className="choice-input"
                        name="mode"
                        value={mode.value}
                        checked={checked}
                        onChange={() => set('mode')(mode.value)}
                        aria-describedby={`${id}-hint`}
                        aria-controls={hasDetails(mode.value) ? `${id}-details` : undefined}
                      />
                      <label className="choice-label" htmlFor={id}>
                        {mode.label}
                      </label>
                      <div id={`${id}-hint`} className="hint choice-hint">
                        {mode.hint}
                      </div>
                    </div>
                    {hasDetails(mode.value) ? (
                      <div id={`${id}-details`} className="conditional" hidden={!checked}>
                        {checked && mode.value === 'filter' ? (
                          <div className="filter-fields">
                            {FILTER_FIELDS.map((field) => (
                              <SelectField
                                key={field.key}
                                id={`k-filter-${field.key}`}
                                label={field.label}
                                options={filterOptions(field)}
                                value={values.filter[field.key] ?? ''}
                                onChange={(e) =>
                                  set('filter')({
                                    ...values.filter,
                                    [field.key]: e.target.value || undefined,
                                  })
                                }
                              />
                            ))}
                          </div>
                        ) : null}
                        {checked && mode.value === 'auswahl' ? (
                          <JobcenterChoice
                            values={values}
                            error={errors['recipients.jobcenterIds']}
                            onChange={set('jobcenterIds')}
                          />
                        ) : null}
                      </div>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </fieldset>
        </div>

        <div className="button-group">
          <button id="anlegen" type="submit" className="button" disabled={submit.busy}>
            Kampagne als Entwurf anlegen
          </button>
          <Link to={PATHS.campaignList}>Abbrechen</Link>
        </div>
      </form>
    </>
  );
}
