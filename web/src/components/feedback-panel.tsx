import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FEEDBACK_MAX, type Feedback, FeedbackBody } from '../../../functions/evaluation/feedback';
import { toApiError } from '../api/client';
import { evaluationApi } from '../api/evaluation-endpoints';
import type { StaffResponseDetail } from '../api/self-assessment-schemas';
import { isAdmin, usePrincipal } from '../app/context';
import { formatDateTime } from '../labels';
import { ErrorSummary, type SummaryError } from './error-summary';
import { FeedbackList } from './feedback-list';
import { SelectField, TextAreaField } from './fields';

const VERSION_ID = 'rueckmeldung-fassung';
const TEXT_ID = 'rueckmeldung-text';
const EMPTY_TEXT = 'Bitte schreiben Sie den Text der Rückmeldung.';

type Errors = { version?: string; text?: string; general?: string };

/** Feedback known to the page (loaded, or sent just now), one per version; the newer one wins. */
const byVersion = (loaded: readonly Feedback[], sent: readonly Feedback[]): Feedback[] => [
  ...new Map([...loaded, ...sent].map((f) => [f.version, f])).values(),
];

const summaryOf = (errors: Errors): SummaryError[] => [
  ...(errors.general ? [{ text: errors.general }] : []),
  ...(errors.version ? [{ text: `Fassung: ${errors.version}`, href: `#${VERSION_ID}` }] : []),
  ...(errors.text ? [{ text: `Rückmeldung: ${errors.text}`, href: `#${TEXT_ID}` }] : []),
];

/** What the API would refuse, said before sending (the server checks the same again). */
const check = (version: number, text: string): Errors => {
  if (text.trim() === '') return { text: EMPTY_TEXT };
  const parsed = FeedbackBody.safeParse({ version, text });
  if (parsed.success) return {};
  const errors: Errors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] === 'version' ? 'version' : 'text';
    errors[key] ??= issue.message;
  }
  return errors;
};

/**
 * "Rückmeldung an das Jobcenter" on the MAGS response page of a self-assessment: the feedback
 * already given per submitted version and, for admins, a form to write it for a version that has
 * none yet. Sending stores it with the version and e-mails it to the Jobcenter, once.
 */
export function FeedbackPanel({ data }: { data: StaffResponseDetail }) {
  const admin = isAdmin(usePrincipal());
  const [sent, setSent] = useState<Feedback[]>([]);
  const [chosen, setChosen] = useState<number>();
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const confirmationRef = useRef<HTMLDivElement>(null);
  // The sent version's form goes away: focus the confirmation, so keyboard users are not lost.
  useEffect(() => {
    if (confirmation) confirmationRef.current?.focus();
  }, [confirmation]);

  if (data.campaign.kind !== 'selbstbewertung' || data.submissions.length === 0) return null;

  const given = byVersion(data.rueckmeldungen, sent);
  // One feedback per version: once given, its e-mail is queued and the sender retries until it is out.
  const open = [...data.submissions]
    .sort((a, b) => b.version - a.version)
    .filter((s) => !given.some((f) => f.version === s.version));
  const newest = Math.max(...data.submissions.map((s) => s.version));
  const version = open.some((s) => s.version === chosen) ? (chosen as number) : open[0]?.version;

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy || version === undefined) return;
    const problems = check(version, text);
    setErrors(problems);
    if (summaryOf(problems).length > 0) return;
    setBusy(true);
    try {
      const feedback = await evaluationApi.sendFeedback(data.campaign.id, data.jobcenter.id, {
        version,
        text,
      });
      setSent((list) => [...list, feedback]);
      setText('');
      setChosen(undefined);
      setConfirmation(
        `Die Rückmeldung zu Fassung ${feedback.version} wurde an das Jobcenter ${data.jobcenter.name} gesendet.`,
      );
    } catch (err) {
      const apiError = toApiError(err);
      const field = (name: string) => apiError.fields.find((f) => f.field === name)?.message;
      const fromServer: Errors = {
        ...(field('version') ? { version: field('version') } : {}),
        ...(field('text') ? { text: field('text') } : {}),
      };
      setErrors(summaryOf(fromServer).length > 0 ? fromServer : { general: apiError.message });
    } finally {
      setBusy(false);
    }
  };

  const summary = summaryOf(errors);
  return (
    <section className="section" aria-labelledby="rueckmeldung-title">
      <h2 id="rueckmeldung-title">Rückmeldung an das Jobcenter</h2>
      {confirmation ? (
        <div ref={confirmationRef} className="notice notice-success" role="status" tabIndex={-1}>
          <p>{confirmation}</p>
        </div>
      ) : null}
      {given.length > 0 ? (
        <FeedbackList items={given} staff />
      ) : (
        <p>Zu dieser Selbstbewertung hat das MAGS noch keine Rückmeldung gegeben.</p>
      )}
      {admin && version !== undefined ? (
        <form
          className="form"
          noValidate
          onSubmit={submit}
          aria-busy={busy}
          aria-labelledby="rueckmeldung-form"
        >
          <h3 id="rueckmeldung-form">Rückmeldung schreiben</h3>
          {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
          <SelectField
            id={VERSION_ID}
            label="Fassung"
            options={open.map((s) => ({
              value: String(s.version),
              label: `Fassung ${s.version} vom ${formatDateTime(s.submittedAt)}${s.version === newest ? ' (neueste)' : ''}`,
            }))}
            value={String(version)}
            error={errors.version}
            onChange={(e) => setChosen(Number(e.target.value))}
          />
          <TextAreaField
            id={TEXT_ID}
            label="Text der Rückmeldung"
            hint="Wird per E-Mail an das Jobcenter gesendet und in seinem Bericht angezeigt."
            rows={8}
            limit={FEEDBACK_MAX}
            value={text}
            error={errors.text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="button-group">
            <button type="submit" className="button" id="rueckmeldung-senden">
              Rückmeldung senden
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
