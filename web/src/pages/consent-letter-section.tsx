import { type FormEvent, useState } from 'react';
import { LetterWithdrawalBody } from '../../../functions/consent/consent';
import { consentApi } from '../api/consent-endpoints';
import { useResource } from '../api/use-resource';
import { ErrorSummary } from '../components/error-summary';
import { DateField, TextAreaField, TextField } from '../components/fields';
import { Loading, Problem, SuccessStatus } from '../components/status';
import { SubmitProblem, useSubmit } from '../components/use-submit';
import { formatDate } from '../labels';

const FIELDS = {
  briefDatum: { id: 'widerruf-datum', label: 'Datum des Briefs' },
  aktenzeichen: { id: 'widerruf-aktenzeichen', label: 'Aktenzeichen' },
  notiz: { id: 'widerruf-notiz', label: 'Notiz' },
} as const;
type Field = keyof typeof FIELDS;
const isField = (f: string): f is Field => f in FIELDS;

/**
 * The Jobcenter's consent to publication on its staff page; admins record a withdrawal that came
 * by letter ("Widerruf per Brief erfassen"): the public list drops the Jobcenter at once, audited.
 */
export function ConsentLetterSection({ jobcenterId, admin }: { jobcenterId: string; admin: boolean }) {
  const consent = useResource(`consent-${jobcenterId}`, (signal) => consentApi.get(jobcenterId, signal));
  const [values, setValues] = useState<Record<Field, string>>({
    briefDatum: '',
    aktenzeichen: '',
    notiz: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [success, setSuccess] = useState<string>();
  const submit = useSubmit();

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!submit.start()) return;
    setSuccess(undefined);
    const parsed = LetterWithdrawalBody.safeParse({
      briefDatum: values.briefDatum,
      ...(values.aktenzeichen.trim() ? { aktenzeichen: values.aktenzeichen } : {}),
      ...(values.notiz.trim() ? { notiz: values.notiz } : {}),
    });
    if (!parsed.success) {
      const next: Partial<Record<Field, string>> = {};
      for (const i of parsed.error.issues) {
        const f = String(i.path[0]);
        if (isField(f) && !next[f]) next[f] = i.message;
      }
      setErrors(next);
      return;
    }
    setErrors({});
    await submit.run(
      async () => {
        await consentApi.recordLetter(jobcenterId, parsed.data);
        setSuccess(
          'Der Widerruf ist erfasst. Das Jobcenter steht ab sofort nicht mehr in der öffentlichen Liste.',
        );
        setValues({ briefDatum: '', aktenzeichen: '', notiz: '' });
        consent.reload();
      },
      (error) => {
        const next: Partial<Record<Field, string>> = {};
        for (const f of error.fields) if (isField(f.field) && !next[f.field]) next[f.field] = f.message;
        if (Object.keys(next).length > 0) setErrors(next);
        return Object.keys(next).length > 0;
      },
    );
  };

  const summary = (Object.keys(FIELDS) as Field[]).flatMap((f) =>
    errors[f] ? [{ text: `${FIELDS[f].label}: ${errors[f]}`, href: `#${FIELDS[f].id}` }] : [],
  );
  const state = consent.state === 'ready' ? consent.data.einwilligung : undefined;
  return (
    <section className="section" aria-labelledby="veroeffentlichung">
      <h2 id="veroeffentlichung">Veröffentlichung</h2>
      {consent.state === 'loading' ? <Loading /> : null}
      {consent.state === 'failed' ? <Problem error={consent.error} onRetry={consent.reload} /> : null}
      {consent.state === 'ready' && !state ? (
        <p>Für dieses Jobcenter ist kein Beitritt erfasst; es wird nicht öffentlich genannt.</p>
      ) : null}
      {state ? (
        <p>
          Beigetreten am {formatDate(state.accededOn)}.{' '}
          {state.veroeffentlichung
            ? 'Das Jobcenter hat der Veröffentlichung zugestimmt und steht in der öffentlichen Liste.'
            : 'Das Jobcenter wird nicht öffentlich genannt (keine Einwilligung oder widerrufen).'}
        </p>
      ) : null}
      <SuccessStatus message={success} />
      {admin && state ? (
        <form className="form" noValidate onSubmit={onSubmit} aria-busy={submit.busy}>
          <h3>Widerruf per Brief erfassen</h3>
          {summary.length > 0 ? <ErrorSummary errors={summary} attempt={submit.attempt} /> : null}
          <SubmitProblem submit={submit} />
          <DateField
            id={FIELDS.briefDatum.id}
            label={FIELDS.briefDatum.label}
            hint="Das Datum auf dem Brief des Jobcenters, im Format TT.MM.JJJJ"
            autoComplete="off"
            value={values.briefDatum}
            error={errors.briefDatum}
            onValueChange={(v) => setValues((s) => ({ ...s, briefDatum: v }))}
          />
          <TextField
            id={FIELDS.aktenzeichen.id}
            label={`${FIELDS.aktenzeichen.label} (optional)`}
            className="input-width-20"
            autoComplete="off"
            value={values.aktenzeichen}
            error={errors.aktenzeichen}
            onChange={(e) => setValues((s) => ({ ...s, aktenzeichen: e.target.value }))}
          />
          <TextAreaField
            id={FIELDS.notiz.id}
            label={`${FIELDS.notiz.label} (optional)`}
            limit={500}
            rows={3}
            value={values.notiz}
            error={errors.notiz}
            onChange={(e) => setValues((s) => ({ ...s, notiz: e.target.value }))}
          />
          <button type="submit" id="widerruf-erfassen" className="button">
            Widerruf erfassen
          </button>
        </form>
      ) : null}
    </section>
  );
}
