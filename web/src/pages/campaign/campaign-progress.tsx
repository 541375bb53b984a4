import { DisplayStatus, STATUS_LABELS } from '../../../../functions/campaigns/invitation';
import type { CampaignOverview } from '../../api/schemas';
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

type AttentionEntry = CampaignOverview['attention'][number];

const REASONS: Record<AttentionEntry['reason'], string> = {
  bounced: 'Adresse unzustellbar',
  stuck: 'Einladung hängt im Versand (seit über 30 Minuten nicht versendet)',
  remindersExhausted: 'alle Erinnerungen ohne Rückmeldung',
};

/**
 * "Braucht Aufmerksamkeit": bounced addresses and stuck sends of the campaign (the first 20 of
 * each; the status filter shows all), Jobcenters of this page silent after every reminder.
 */
export function Attention({ overview }: { overview: CampaignOverview }) {
  const rows = overview.attention;
  const moreBounced =
    (overview.summary.counts.bounced ?? 0) - rows.filter((r) => r.reason === 'bounced').length;
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
              :{' '}
              {row.sendFailure
                ? `Einladung vom Mailversand abgelehnt (${row.sendFailure}); nach Klärung „Link neu senden“`
                : REASONS[row.reason]}
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
      {moreBounced > 0 ? (
        <p>
          Und {moreBounced} weitere mit unzustellbarer Adresse: Filter „Status: {STATUS_LABELS.bounced}“ in
          der Liste unten.
        </p>
      ) : null}
    </section>
  );
}
