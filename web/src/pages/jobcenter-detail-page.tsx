import { type FormEvent, useState } from 'react';
import { Contact, type Jobcenter } from '../../../functions/registry/jobcenter';
import { type FieldProblem, toApiError } from '../api/client';
import { api } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { isAdmin, usePrincipal } from '../app/context';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { EmailLink } from '../components/email';
import { ErrorSummary } from '../components/error-summary';
import { TextField } from '../components/fields';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem, SuccessStatus } from '../components/status';
import { SummaryRow as Row } from '../components/summary-row';
import { formatDateTime, LV_LABELS, RB_LABELS, TYPE_LABELS } from '../labels';
import { ConsentLetterSection } from './consent-letter-section';
import { RecordsLinksSection } from './records-links-section';

const contact = (c: Contact) => (
  <>
    <span className="cell-block">{c.name}</span>
    <EmailLink className="cell-block" email={c.email} />
  </>
);

/** API field (`mainContact.email`) → form field id and the label used in the error summary. */
const CONTACT_FIELDS = {
  'mainContact.name': { id: 'kontakt-haupt-name', label: 'Hauptkontakt: Name' },
  'mainContact.email': { id: 'kontakt-haupt-email', label: 'Hauptkontakt: E-Mail-Adresse' },
  'deputyContact.name': { id: 'kontakt-vertretung-name', label: 'Vertretung: Name' },
  'deputyContact.email': { id: 'kontakt-vertretung-email', label: 'Vertretung: E-Mail-Adresse' },
} as const;
type ContactField = keyof typeof CONTACT_FIELDS;
const isContactField = (field: string): field is ContactField => field in CONTACT_FIELDS;

const resentMessage = (count: number) =>
  count === 0
    ? 'Die Kontakte sind gespeichert. Die bisherigen Links gelten weiter; es wurde nichts gesendet.'
    : `Die Kontakte sind gespeichert. In ${count === 1 ? 'einer Kampagne' : `${count} Kampagnen`} wurde ein neuer Link an die neue Adresse gesendet; der bisherige Link gilt nicht mehr.`;

function CorrectContacts({ jobcenter, onSaved }: { jobcenter: Jobcenter; onSaved: () => Promise<void> }) {
  const [values, setValues] = useState<Record<ContactField, string>>({
    'mainContact.name': jobcenter.mainContact.name,
    'mainContact.email': jobcenter.mainContact.email,
    'deputyContact.name': jobcenter.deputyContact.name,
    'deputyContact.email': jobcenter.deputyContact.email,
  });
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [problem, setProblem] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [busy, setBusy] = useState(false);

  const fieldErrors = (fields: FieldProblem[]) => {
    const next: Partial<Record<ContactField, string>> = {};
    for (const f of fields) if (isContactField(f.field) && !next[f.field]) next[f.field] = f.message;
    return next;
  };
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    // The button stays enabled while saving: disabling it would drop the keyboard focus.
    if (busy) return;
    setSuccess(undefined);
    setProblem(undefined);
    const main = Contact.safeParse({
      name: values['mainContact.name'],
      email: values['mainContact.email'].trim(),
    });
    const deputy = Contact.safeParse({
      name: values['deputyContact.name'],
      email: values['deputyContact.email'].trim(),
    });
    const local: FieldProblem[] = [
      ...(main.success
        ? []
        : main.error.issues.map((i) => ({ field: `mainContact.${String(i.path[0])}`, message: i.message }))),
      ...(deputy.success
        ? []
        : deputy.error.issues.map((i) => ({
            field: `deputyContact.${String(i.path[0])}`,
            message: i.message,
          }))),
    ];
    if (local.length > 0 || !main.success || !deputy.success) {
      setErrors(fieldErrors(local));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { resent } = await api.correctContacts(jobcenter.id, {
        expectedVersion: jobcenter.version,
        mainContact: main.data,
        deputyContact: deputy.data,
      });
      setSuccess(resentMessage(resent.length));
      await onSaved().catch(() => {});
    } catch (err) {
      const error = toApiError(err);
      const mapped = fieldErrors(error.fields);
      if (Object.keys(mapped).length > 0) setErrors(mapped);
      else if (error.status === 409)
        setProblem(
          'Die Kontakte wurden zwischenzeitlich von jemand anderem geändert. Bitte laden Sie die Seite neu und prüfen Sie die Angaben.',
        );
      else setProblem(error.message);
    } finally {
      setBusy(false);
    }
  };
  const summary = (Object.keys(CONTACT_FIELDS) as ContactField[]).flatMap((f) =>
    errors[f] ? [{ text: `${CONTACT_FIELDS[f].label}: ${errors[f]}`, href: `#${CONTACT_FIELDS[f].id}` }] : [],
  );
  const field = (f: ContactField, type: 'text' | 'email') => (
    <TextField
      id={CONTACT_FIELDS[f].id}
      label={type === 'email' ? 'E-Mail-Adresse' : 'Name'}
      type={type}
      autoComplete="off"
      spellCheck={false}
      value={values[f]}
      error={errors[f]}
      onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
    />
  );
  return (
    <section className="section" aria-labelledby="kontakte-korrigieren">
      <h2 id="kontakte-korrigieren">Kontakte korrigieren</h2>
      <p>
        Ändert sich eine E-Mail-Adresse, erhält die neue Adresse in jeder laufenden Kampagne einen neuen Link;
        der bisherige Link gilt dann nicht mehr. Eine Änderung nur des Namens sendet nichts.
      </p>
      <SuccessStatus message={success} />
      <form className="form" noValidate onSubmit={onSubmit} aria-busy={busy}>
        {summary.length > 0 ? <ErrorSummary errors={summary} /> : null}
        {problem ? <ErrorSummary errors={[]} description={problem} /> : null}
        <fieldset className="fieldset">
          <legend className="legend-label">Hauptkontakt</legend>
          {field('mainContact.name', 'text')}
          {field('mainContact.email', 'email')}
        </fieldset>
        <fieldset className="fieldset">
          <legend className="legend-label">Vertretung</legend>
          {field('deputyContact.name', 'text')}
          {field('deputyContact.email', 'email')}
        </fieldset>
        <button type="submit" id="kontakte-speichern" className="button">
          Kontakte speichern
        </button>
      </form>
    </section>
  );
}

export function JobcenterDetailPage({ id }: { id: string }) {
  const admin = isAdmin(usePrincipal());
  const loaded = useResource(id, (signal) => api.getJobcenter(id, signal));
  // After a correction the page shows the stored entry without unmounting the form (focus stays).
  const [updated, setUpdated] = useState<Jobcenter>();
  const jobcenter = loaded.state === 'ready' && updated?.id === id ? { ...loaded, data: updated } : loaded;
  const title =
    jobcenter.state === 'ready'
      ? `Jobcenter ${jobcenter.data.name}`
      : jobcenter.state === 'failed' && jobcenter.error.status === 404
        ? 'Jobcenter nicht gefunden'
        : 'Jobcenter';

  return (
    <>
      <PageTitle title={title} />
      <p>
        <Link to={PATHS.jobcenterList} className="back-link">
          Zurück zur Übersicht
        </Link>
      </p>
      <PageHeading caption="Jobcenter">
        {jobcenter.state === 'ready' ? jobcenter.data.name : title}
      </PageHeading>
      {jobcenter.state === 'loading' ? <Loading /> : null}
      {jobcenter.state === 'failed' ? <Problem error={jobcenter.error} onRetry={jobcenter.reload} /> : null}
      {jobcenter.state === 'ready' ? (
        <dl className="summary-list">
          <Row label="Typ">
            {jobcenter.data.type} – {TYPE_LABELS[jobcenter.data.type]}
          </Row>
          <Row label="Landschaftsverband">
            {jobcenter.data.landschaftsverband} – {LV_LABELS[jobcenter.data.landschaftsverband]}
          </Row>
          <Row label="Regierungsbezirk">{RB_LABELS[jobcenter.data.regierungsbezirk]}</Row>
          <Row label="Träger">
            {jobcenter.data.traeger.map((t) => (
              <span className="cell-block" key={t.kind}>
                {t.name}
              </span>
            ))}
          </Row>
          <Row label="Hauptkontakt">{contact(jobcenter.data.mainContact)}</Row>
          <Row label="Vertretung">{contact(jobcenter.data.deputyContact)}</Row>
          <Row label="Zuletzt geändert">{formatDateTime(jobcenter.data.updatedAt)}</Row>
          <Row label="Kennung">
            <code>{jobcenter.data.id}</code>
          </Row>
        </dl>
      ) : null}
      {admin && jobcenter.state === 'ready' ? (
        <CorrectContacts
          key={jobcenter.data.id}
          jobcenter={jobcenter.data}
          onSaved={async () => setUpdated(await api.getJobcenter(id))}
        />
      ) : null}
      {jobcenter.state === 'ready' ? <ConsentLetterSection jobcenterId={id} admin={admin} /> : null}
      {admin && jobcenter.state === 'ready' ? <RecordsLinksSection jobcenterId={id} /> : null}
    </>
  );
}
