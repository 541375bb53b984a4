import { type FormEvent, useState } from 'react';
import type { Register } from '../../../../functions/evaluation/register';
import { toApiError } from '../../api/client';
import { evaluationApi } from '../../api/evaluation-endpoints';
import { useResource } from '../../api/use-resource';
import { isAdmin, usePrincipal } from '../../app/context';
import { Link, navigate } from '../../app/router';
import { PATHS } from '../../app/routes';
import { ErrorSummary } from '../../components/error-summary';
import { DateField, RadioGroup, SelectField, TextAreaField, TextField } from '../../components/fields';
import { PageHeading, PageTitle } from '../../components/page';
import { Loading, Problem } from '../../components/status';
import { todayIso } from '../../flows/accession-form';
import {
  initialPaperValues,
  type MeasureValues,
  PAPER_FIELDS,
  type PaperErrors,
  type PaperValues,
  paperErrorsOf,
  paperSummary,
  validatePaper,
} from '../../flows/paper-accession-form';
import { PaperMeasures } from './paper-accession-measures';
import { RECORDED_PARAM } from './register-page';

const TITLE = 'Beitritt auf Papier erfassen';
const DATE_HINT = 'Im Format TT.MM.JJJJ, zum Beispiel 15.03.2019';

const optionalLabel = (label: string) => (
  <>
    {label} <span className="label-optional">(optional)</span>
  </>
);

/** The Jobcenters that have not acceded yet, by name. */
const openJobcenters = (register: Register) =>
  register.rows.filter((r) => r.stand !== 'acceded').sort((a, b) => a.name.localeCompare(b.name, 'de'));

export function PaperAccessionPage() {
  const principal = usePrincipal();
  const register = useResource('register', (signal) => evaluationApi.getRegister(signal));
  const [values, setValues] = useState<PaperValues>(initialPaperValues);
  const [errors, setErrors] = useState<PaperErrors>({});
  const [busy, setBusy] = useState(false);
  const summary = paperSummary(errors, values);
  const open = register.state === 'ready' ? openJobcenters(register.data) : [];

  const set =
    <K extends keyof PaperValues>(key: K) =>
    (value: PaperValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const text = (key: 'name' | 'funktion' | 'gremium') => ({
    value: values[key],
    autoComplete: 'off',
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
  });
  const changeMeasures = (change: (list: MeasureValues[]) => MeasureValues[]) => {
    const next = change(values.massnahmen);
    // Errors of measures are by position: after a removal they would point at the wrong box.
    if (next.length < values.massnahmen.length)
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !k.startsWith('massnahmen.'))));
    setValues((v) => ({ ...v, massnahmen: next }));
  };

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const checked = validatePaper(values, todayIso());
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const accession = await evaluationApi.recordPaperAccession(checked.body);
      navigate(`${PATHS.evaluationRegister}?${RECORDED_PARAM}=${encodeURIComponent(accession.jobcenterId)}`);
    } catch (err) {
      const error = toApiError(err);
      if (error.fields.length > 0) setErrors(paperErrorsOf(error.fields));
      else if (error.status === 409 || error.status === 404) setErrors({ jobcenterId: error.message });
      else setErrors({ form: error.message });
      setBusy(false);
    }
  };

  if (principal.state === 'ready' && !isAdmin(principal))
    return (
      <>
        <PageTitle title={TITLE} />
        <PageHeading caption="Auswertung">{TITLE}</PageHeading>
        <p>Beitritte dürfen nur Personen mit der Rolle „Administration“ erfassen.</p>
        <p>
          <Link to={PATHS.evaluationRegister}>Zum Beitrittsregister</Link>
        </p>
      </>
    );

  return (
    <>
      <PageTitle title={TITLE} hasErrors={summary.length > 0} />
      {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
      <p>
        <Link to={PATHS.evaluationRegister} className="back-link">
          Zurück zum Beitrittsregister
        </Link>
      </p>
      <PageHeading caption="Auswertung">{TITLE}</PageHeading>
      <p>
        Hat ein Jobcenter den Beitritt auf Papier erklärt, tragen Sie die Angaben der Erklärung hier ein. Das
        Jobcenter gilt danach überall als beigetreten: bei der Selbstbewertung, in der öffentlichen Liste
        (wenn es zugestimmt hat) und in den Auswertungen.
      </p>
      {register.state === 'loading' ? <Loading>Die Jobcenter werden geladen …</Loading> : null}
      {register.state === 'failed' ? <Problem error={register.error} onRetry={register.reload} /> : null}
      {register.state !== 'ready' ? null : open.length === 0 ? (
        <p>Alle Jobcenter sind bereits beigetreten.</p>
      ) : (
        <form className="form form-wide" noValidate onSubmit={onSubmit} aria-busy={busy}>
          <SelectField
            id={PAPER_FIELDS.jobcenterId}
            label="Jobcenter"
            hint="Zur Auswahl stehen die Jobcenter, die noch nicht beigetreten sind."
            options={[
              { value: '', label: 'Bitte wählen' },
              ...open.map((r) => ({ value: r.jobcenterId, label: r.name })),
            ]}
            value={values.jobcenterId}
            error={errors.jobcenterId}
            onChange={(e) => set('jobcenterId')(e.target.value)}
          />
          <DateField
            id={PAPER_FIELDS.beigetretenAm}
            label="Datum des Beitritts"
            hint={`Das Datum der Unterschrift auf der Erklärung. ${DATE_HINT}`}
            autoComplete="off"
            value={values.beigetretenAm}
            error={errors.beigetretenAm}
            onValueChange={set('beigetretenAm')}
          />
          <fieldset className="fieldset">
            <legend className="legend-label">Unterzeichnet von</legend>
            <TextField
              id={PAPER_FIELDS['unterzeichnung.name']}
              label="Name"
              hint="Vor- und Nachname, wie auf der Erklärung"
              className="input-width-30"
              error={errors['unterzeichnung.name']}
              {...text('name')}
            />
            <TextField
              id={PAPER_FIELDS['unterzeichnung.funktion']}
              label={optionalLabel('Funktion')}
              hint="Zum Beispiel Geschäftsführerin oder Geschäftsführer"
              className="input-width-30"
              error={errors['unterzeichnung.funktion']}
              {...text('funktion')}
            />
          </fieldset>
          <DateField
            id={PAPER_FIELDS.traegerZugestimmtAm}
            label="Zustimmung der Träger am"
            hint={`Der Tag, an dem die Träger dem Beitritt zugestimmt haben; nicht nach dem Beitritt. ${DATE_HINT}`}
            autoComplete="off"
            value={values.traegerZugestimmtAm}
            error={errors.traegerZugestimmtAm}
            onValueChange={set('traegerZugestimmtAm')}
          />
          <TextField
            id={PAPER_FIELDS.gremium}
            label={optionalLabel('Gremium')}
            hint="Das Gremium, das zugestimmt hat, zum Beispiel Trägerversammlung oder Kreistag"
            className="input-width-30"
            error={errors.gremium}
            {...text('gremium')}
          />
          <RadioGroup
            id={PAPER_FIELDS.veroeffentlichung}
            name="veroeffentlichung"
            legend="Darf der Beitritt veröffentlicht werden?"
            hint="Wie auf der Erklärung angekreuzt. Veröffentlicht werden Name, Typ und Regierungsbezirk des Jobcenters und das Datum des Beitritts."
            error={errors.veroeffentlichung}
            options={[
              { value: 'ja', label: 'Ja' },
              { value: 'nein', label: 'Nein' },
            ]}
            value={values.veroeffentlichung || undefined}
            onChange={set('veroeffentlichung')}
          />
          <TextAreaField
            id={PAPER_FIELDS.bemerkung}
            label={optionalLabel('Bemerkung')}
            hint="Zum Beispiel das Aktenzeichen oder wann die Erklärung eingegangen ist"
            rows={3}
            limit={500}
            error={errors.bemerkung}
            value={values.bemerkung}
            onChange={(e) => set('bemerkung')(e.target.value)}
          />
          <PaperMeasures measures={values.massnahmen} errors={errors} onChange={changeMeasures} />
          <div className="button-group">
            <button id="erfassen" type="submit" className="button" disabled={busy}>
              Beitritt erfassen
            </button>
            <Link to={PATHS.evaluationRegister}>Abbrechen</Link>
          </div>
        </form>
      )}
    </>
  );
}
