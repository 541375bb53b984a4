import { STATUS_LABELS } from '../../../../functions/campaigns/invitation';
import type { CampaignOverview, InvitationRow } from '../../api/schemas';
import { Link } from '../../app/router';
import { PATHS } from '../../app/routes';
import { formatDateTime } from '../../labels';
import { ReminderActions, type ReminderResult, ResendLink } from './invitation-row-actions';

const dateOrDash = (iso: string | undefined) => (iso ? formatDateTime(iso) : '–');

/** Sent, or claimed: its e-mail is in the outbox and the sender retries until SES accepts it. */
const sentReminders = (row: InvitationRow) =>
  row.reminders.filter((r) => r.status === 'sent' || r.status === 'claimed');

function ReminderInfo({ row }: { row: InvitationRow }) {
  const sent = sentReminders(row);
  // biome-ignore lint/complexity/useMathMinMax: ISO strings compare lexically
  const last = sent.reduce((max, r) => (r.at > max ? r.at : max), '');
  return (
    <>
      <span className="cell-block">
        {sent.length === 0 ? 'keine' : `${sent.length} versendet, zuletzt ${formatDateTime(last)}`}
      </span>
      {row.remindersPaused ? <span className="tag tag-paused">pausiert</span> : null}
    </>
  );
}

/** Every invited Jobcenter with its status, dates, reminders and (for admins, while running) actions. */
export function InvitationTable({
  overview,
  admin,
  onDone,
  onReminderResult,
}: {
  overview: CampaignOverview;
  admin: boolean;
  onDone: (message: string) => void;
  onReminderResult: (result: ReminderResult) => void;
}) {
  const running = overview.campaign.status === 'launched';
  return (
    <table className="table table-stack invitation-table">
      <caption className="table-caption">
        Jobcenter dieser Kampagne ({overview.invitations.length} auf dieser Seite)
      </caption>
      <thead>
        <tr>
          <th scope="col">Jobcenter</th>
          <th scope="col">Status</th>
          <th scope="col">Versendet</th>
          <th scope="col">Geöffnet</th>
          <th scope="col">Abgegeben</th>
          <th scope="col">Erinnerungen</th>
          <th scope="col">Aktionen</th>
        </tr>
      </thead>
      <tbody>
        {overview.invitations.map((row) => (
          <tr key={row.jobcenterId}>
            <th scope="row" data-label="Jobcenter">
              <Link to={PATHS.campaignResponse(overview.campaign.id, row.jobcenterId)}>
                {row.jobcenterName}
              </Link>
            </th>
            <td data-label="Status">
              <span className={`tag tag-status-${row.status}`}>{STATUS_LABELS[row.status]}</span>
              {row.needsAttention ? <span className="cell-block">Braucht Aufmerksamkeit</span> : null}
            </td>
            <td data-label="Versendet">{dateOrDash(row.sentAt)}</td>
            <td data-label="Geöffnet">{dateOrDash(row.openedAt)}</td>
            <td data-label="Abgegeben">{dateOrDash(row.submittedAt)}</td>
            <td data-label="Erinnerungen">
              <ReminderInfo row={row} />
            </td>
            <td data-label="Aktionen">
              <div>
                {admin && running && row.progress !== 'confirmed' ? (
                  <>
                    <ResendLink campaignId={overview.campaign.id} row={row} onDone={onDone} />
                    {!['submitted', 'confirmed'].includes(row.progress) ? (
                      <ReminderActions
                        campaignId={overview.campaign.id}
                        row={row}
                        onResult={onReminderResult}
                      />
                    ) : null}
                  </>
                ) : (
                  '–'
                )}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
