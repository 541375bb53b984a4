import { DisplayStatus, STATUS_LABELS } from '../../../../functions/campaigns/invitation';
import type { CampaignOverview, InvitationRow } from '../../api/schemas';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { formatPercent } from '../../labels';

/** "Stand": how many invitations are in which status, and the response rate. */
export function Counts({ overview }: { overview: CampaignOverview }) {
  const { summary } = overview;
  return (
    <section className="section" aria-labelledby="stand">
      <h2 id="stand">Stand</h2>
      <dl className="counts-grid">
        <div className="count-item">
          <dt>Eingeladen</dt>
          <dd>{summary.total}</dd>
        </div>
        {DisplayStatus.options.map((status) => (
          <div className="count-item" key={status}>
            <dt>{STATUS_LABELS[status]}</dt>
            <dd>{summary.counts[status] ?? 0}</dd>
          </div>
        ))}
        <div className="count-item count-item-wide">
          <dt>Rücklaufquote</dt>
          <dd>
            {formatPercent(summary.responseRate)}{' '}
            <span className="count-detail">
              ({summary.answered} von {summary.total} haben abgegeben)
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** "Adresse unzustellbar", "Einladung hängt im Versand" or "alle Erinnerungen ohne Rückmeldung". */
const attentionReason = (row: InvitationRow) =>
  row.delivery === 'bounced'
    ? 'Adresse unzustellbar'
    : row.delivery === 'queued' || row.delivery === 'sending'
      ? 'Einladung hängt im Versand (seit über 30 Minuten nicht versendet)'
      : 'alle Erinnerungen ohne Rückmeldung';

/** "Braucht Aufmerksamkeit": bounced addresses, stuck sends and Jobcenters silent after every reminder. */
export function Attention({ overview }: { overview: CampaignOverview }) {
  const rows = overview.invitations.filter((i) => i.needsAttention);
  return (
    <section className="section" aria-labelledby="aufmerksamkeit">
      <h2 id="aufmerksamkeit">Braucht Aufmerksamkeit</h2>
      {rows.length === 0 ? (
        <p>Zurzeit braucht kein Jobcenter Aufmerksamkeit.</p>
      ) : (
        <ul className="list attention-list">
          {rows.map((row) => (
            <li key={row.jobcenterId}>
              <Link to={PATHS.campaignResponse(overview.campaign.id, row.jobcenterId)}>
                {row.jobcenterName}
              </Link>
              : {attentionReason(row)}
              {row.delivery === 'bounced' ? (
                <>
                  {' – '}
                  <Link to={PATHS.jobcenterDetail(row.jobcenterId)}>
                    Kontakte korrigieren<span className="visually-hidden"> für {row.jobcenterName}</span>
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
