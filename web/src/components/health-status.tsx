import type { HealthReport } from '../../../functions/health/get-health';
import { useResource } from '../api/use-resource';
import { formatDateTime, STATUS_LABELS } from '../labels';

const COMPONENTS = [
  { key: 'table', label: 'Datenbank' },
  { key: 'mailer', label: 'E-Mail-Versand' },
] as const;

function StatusText({ status }: { status: HealthReport['status'] }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/**
 * The system status as text and a small table; colour is never the only signal. Everyone sees
 * whether the API answers (public /health); signed-in staff also see the components (/api/health).
 */
export function HealthStatus({ detailed }: { detailed: boolean }) {
  // The API client (with its schemas) loads on demand: the start page needs it only for this.
  const health = useResource(detailed ? 'health-detail' : 'health', async (signal) => {
    const { api } = await import('../api/endpoints');
    return detailed ? api.healthDetail(signal) : api.health(signal);
  });
  const report = health.state === 'ready' && 'components' in health.data ? health.data : undefined;

  return (
    <section className="section" aria-labelledby="systemstatus">
      <h2 id="systemstatus">Systemstatus</h2>
      <div aria-live="polite" aria-atomic="true" className="health-summary">
        {health.state === 'loading' ? <p>Der Systemstatus wird abgefragt …</p> : null}
        {health.state === 'failed' ? (
          <p>
            Gesamtstatus: <StatusText status="down" /> – der Systemstatus konnte nicht abgefragt werden.
          </p>
        ) : null}
        {health.state === 'ready' ? (
          <p>
            Gesamtstatus: <StatusText status={health.data.status} />
            {report ? (
              <span className="health-time"> (Stand: {formatDateTime(report.checkedAt)})</span>
            ) : null}
          </p>
        ) : null}
      </div>
      {report ? (
        <dl className="summary-list health-list">
          {COMPONENTS.map(({ key, label }) => {
            const component = report.components[key];
            return (
              <div className="summary-row" key={key}>
                <dt>{label}</dt>
                <dd>
                  <StatusText status={component.status} /> (Antwortzeit {component.latencyMs} ms)
                </dd>
              </div>
            );
          })}
          <div className="summary-row">
            <dt>Zeitplan</dt>
            <dd>
              {report.scheduler.lastRunAt
                ? `Zuletzt gelaufen am ${formatDateTime(report.scheduler.lastRunAt)}`
                : 'Noch nicht gelaufen'}
            </dd>
          </div>
        </dl>
      ) : null}
      {health.state === 'ready' && !report ? (
        <p>
          Einzelheiten zu Datenbank, E-Mail-Versand und Zeitplan sehen angemeldete Mitarbeiterinnen und
          Mitarbeiter.
        </p>
      ) : null}
      <button
        type="button"
        className="button button-secondary"
        onClick={health.reload}
        disabled={health.state === 'loading'}
      >
        Status erneut abfragen
      </button>
    </section>
  );
}
