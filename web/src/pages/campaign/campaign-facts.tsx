import { QUESTIONNAIRES } from '../../../../functions/self-assessment/questionnaire/versions';
import type { CampaignOverview } from '../../api/schemas';
import { EmailLink } from '../../components/email';
import { describeRecipients } from '../../flows/campaign-form';
import { CAMPAIGN_KIND_LABELS, CAMPAIGN_STATUS_LABELS, formatDate, formatDateTime } from '../../labels';
import { describeReminderPolicy } from './reminder-policy';

/** What the campaign is: kind, questionnaire, status, deadline, recipients, reminders, sender. */
export function CampaignFacts({ campaign }: { campaign: CampaignOverview['campaign'] }) {
  return (
    <dl className="summary-list">
      <div className="summary-row">
        <dt>Art</dt>
        <dd>{CAMPAIGN_KIND_LABELS[campaign.kind]}</dd>
      </div>
      {campaign.fragebogen ? (
        <div className="summary-row">
          <dt>Fragebogen</dt>
          <dd>{QUESTIONNAIRES[campaign.fragebogen]?.title ?? campaign.fragebogen}</dd>
        </div>
      ) : null}
      <div className="summary-row">
        <dt>Status</dt>
        <dd>
          <span className={`tag tag-campaign-${campaign.status}`}>
            {CAMPAIGN_STATUS_LABELS[campaign.status]}
          </span>
          {campaign.launchedAt ? ` seit ${formatDateTime(campaign.launchedAt)}` : ''}
          {campaign.closedAt ? `, geschlossen am ${formatDateTime(campaign.closedAt)}` : ''}
        </dd>
      </div>
      <div className="summary-row">
        <dt>Frist</dt>
        <dd>
          {formatDate(campaign.deadline)} (Links gelten {campaign.graceDays} Tage länger)
        </dd>
      </div>
      <div className="summary-row">
        <dt>Empfänger</dt>
        <dd>{describeRecipients(campaign.recipients, campaign.kind)}</dd>
      </div>
      <div className="summary-row">
        <dt>Erinnerungen</dt>
        <dd>{describeReminderPolicy(campaign.reminders)}</dd>
      </div>
      <div className="summary-row">
        <dt>Absender</dt>
        <dd>
          <span className="cell-block">{campaign.senderName}</span>
        </dd>
      </div>
      <div className="summary-row">
        <dt>Antwortadresse</dt>
        <dd>
          <EmailLink email={campaign.replyTo} />
        </dd>
      </div>
    </dl>
  );
}
