import type { ReactNode } from 'react';
import type { Contact } from '../../../functions/registry/jobcenter';
import { api } from '../api/endpoints';
import { useResource } from '../api/use-resource';
import { Link } from '../app/router';
import { PATHS } from '../app/routes';
import { EmailLink } from '../components/email';
import { PageHeading, PageTitle } from '../components/page';
import { Loading, Problem } from '../components/status';
import { formatDateTime, LV_LABELS, RB_LABELS, TYPE_LABELS } from '../labels';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const contact = (c: Contact) => (
  <>
    <span className="cell-block">{c.name}</span>
    <EmailLink className="cell-block" email={c.email} />
  </>
);

export function JobcenterDetailPage({ id }: { id: string }) {
  const jobcenter = useResource(id, (signal) => api.getJobcenter(id, signal));
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
    </>
  );
}
