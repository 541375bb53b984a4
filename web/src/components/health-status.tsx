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

/** The public health report as text and a small table; colour is never the only signal. */
export function HealthStatus() {
  // The API client (with its schemas) loads on demand: the start page needs it only for this.
  const health = useResource('health', async (signal) =>
    (await import('../api/endpoints')).api.health(signal),
  );

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
            <span className="health-time"> (Stand: {formatDateTime(health.data.checkedAt)})</span>
          </p>
        ) : null}
      </div>
      {health.state === 'ready' ? (
        <dl className="summary-list health-list">
          {COMPONENTS.map(({ key, label }) => {
            const component = health.data.components[key];
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
              {health.data.scheduler.lastRunAt
                ? `Zuletzt gelaufen am ${formatDateTime(health.data.scheduler.lastRunAt)}`
                : 'Noch nicht gelaufen'}
            </dd>
          </div>
        </dl>
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
