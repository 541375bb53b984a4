import { randomUUID } from 'node:crypto';
import type { Accession } from '../../accessions/accession';
import { auditActor, type Principal } from '../../auth/principal';
import { campaignMail } from '../../campaigns/campaign';
import { publicInvitation, transitions } from '../../campaigns/invitation';
import type { MailTemplates } from '../../campaigns/mail-templates';
import { measureSetsOfAccession } from '../../evaluation/measure-set';
import { mailJob, newOutboxMail, renderedContent } from '../../outbox/outbox-mail';
import { AccessionAnswers } from '../../questionnaire/accession-form';
import { berlinParts } from '../../reminders/working-time';
import { type BasisStore, makeLoadBasis } from '../../self-assessment/use-cases/load-basis';
import { ConflictError } from '../../shared/errors';
import type {
  AccessionStore,
  AuditStore,
  CampaignStore,
  Clock,
  EvaluationStore,
  LinkStore,
  OutboxStore,
  Queue,
  RegistryStore,
  ReminderStore,
  SubmissionStore,
} from '../../shared/ports';
import { WEB_PATHS, webUrl } from '../../shared/web-paths';
import { loadResponse as load } from './load-response';

type Deps = {
  store: Pick<CampaignStore, 'getCampaign' | 'getInvitation' | 'updateInvitation'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<SubmissionStore, 'listSubmissions' | 'getDraft'> &
    Pick<AccessionStore, 'recordAccession' | 'getAccession'> &
    Pick<LinkStore, 'getLink' | 'revokeLinks'> &
    Pick<AuditStore, 'listAudit'> &
    Pick<OutboxStore, 'commitMail'> &
    Pick<ReminderStore, 'listReminders'>;
  queue: Queue;
  templates: Pick<MailTemplates, 'renderAccessionConfirmed'>;
  clock: Clock;
  appBaseUrl: string;
};

/**
 * MAGS view of one Jobcenter's answer: every submitted version, the draft state, the history; for a
 * self-assessment also last year's submitted answers, to show the change.
 */
export const makeGetResponse = ({
  store,
}: {
  store: Deps['store'] & BasisStore & Pick<EvaluationStore, 'listFeedback'>;
}) => {
  const loadBasis = makeLoadBasis({ store });
  return async (campaignId: string, jobcenterId: string) => {
    const { campaign, jobcenter, invitation } = await load(store, campaignId, jobcenterId);
    const selfAssessment = campaign.kind === 'selbstbewertung';
    const [submissions, draft, history, accession, reminders, basis, feedback] = await Promise.all([
      store.listSubmissions(campaignId, jobcenterId),
      store.getDraft(campaignId, jobcenterId),
      store.listAudit(`JOBCENTER#${jobcenterId}`, 50),
      store.getAccession(jobcenterId),
      store.listReminders(campaignId),
      selfAssessment ? loadBasis(jobcenterId, campaign) : undefined,
      selfAssessment ? store.listFeedback(jobcenterId, campaignId) : [],
    ]);
    return {
      campaign: {
        id: campaign.id,
        title: campaign.title,
        deadline: campaign.deadline,
        kind: campaign.kind,
        ...(campaign.fragebogen ? { fragebogen: campaign.fragebogen } : {}),
      },
      jobcenter,
      invitation: publicInvitation(invitation),
      submissions,
      draftUpdatedAt: draft?.updatedAt ?? null,
      history: history.filter((h) => h.detail.campaignId === undefined || h.detail.campaignId === campaignId),
      accession: accession ?? null,
      reminders: reminders.filter((r) => r.jobcenterId === jobcenterId),
      previousYear: basis?.previous ?? null,
      /** MAGS's feedback on the submitted versions of a self-assessment (none for an accession). */
      rueckmeldungen: feedback,
    };
  };
};

/** Links revoked in the confirmation's transaction (DynamoDB allows 100 items in all). */
const REVOKE_IN_TRANSACTION = 40;

/**
 * Confirms the accession: the Jobcenter is acceded from now on (basis of the self-assessment),
 * listed publicly if it consented, and told so by e-mail. The Jobcenter's form links stop working.
 */
export const makeConfirmAccession =
  ({ store, queue, templates, clock, appBaseUrl }: Deps) =>
  async (campaignId: string, jobcenterId: string, actor: Principal) => {
    const { campaign, jobcenter, invitation } = await load(store, campaignId, jobcenterId);
    if (campaign.kind !== 'beitritt') throw new ConflictError('Nur ein Beitritt kann bestätigt werden.');
    if (invitation.progress !== 'submitted')
      throw new ConflictError('Nur eine abgegebene Beitrittserklärung kann bestätigt werden.');
    const latest = (await store.listSubmissions(campaignId, jobcenterId)).at(-1);
    if (!latest) throw new ConflictError('Es liegt keine abgegebene Fassung vor.');
    const answers = AccessionAnswers.parse(latest.answers);
    const at = clock.now().toISOString();
    const accession: Accession = {
      jobcenterId,
      source: 'online',
      accededOn: berlinParts(new Date(at)).date,
      campaignId,
      submissionVersion: latest.version,
      confirmedAt: at,
      confirmedBy: actor.email ?? actor.sub,
      publicListing: answers.veroeffentlichung,
    };
    const rendered = await templates.renderAccessionConfirmed({
      jobcenterName: jobcenter.name,
      confirmedAt: at,
      publicListing: answers.veroeffentlichung,
      publicListUrl: webUrl(appBaseUrl, WEB_PATHS.acceded),
    });
    const mail = newOutboxMail({
      ...campaignMail(campaign, jobcenterId, 'confirmed', at),
      id: `confirmed#${jobcenterId}`,
      to: [jobcenter.mainContact.email],
      cc: [answers.inklusionsKontakt.email].filter((a) => a !== jobcenter.mainContact.email),
      content: renderedContent(rendered),
    });
    // A confirmed declaration is final: its links stop working. Links already revoked, or expired
    // and deleted by TTL, need nothing (a missing one would fail the transaction's condition).
    const live: string[] = [];
    for (const hash of invitation.activeLinks) {
      const link = await store.getLink(hash);
      if (link && !link.revokedAt) live.push(hash);
    }
    const inTransaction = live.slice(0, REVOKE_IN_TRANSACTION);
    // Accession, its measures for the reports, the invitation's progress, the audit event, the
    // revocation of its links and the e-mail (outbox): one transaction, so a retry after a failure
    // finds either all of it or nothing. A mail whose enqueue below is lost is queued by the send
    // sweeper (functions/outbox/use-cases/sweep-pending-mails.ts).
    await store.recordAccession(
      {
        accession,
        measureSets: measureSetsOfAccession(jobcenter, accession, answers.massnahmen),
        audit: {
          id: randomUUID(),
          at,
          actor: auditActor(actor),
          action: 'accession.confirmed',
          subject: `JOBCENTER#${jobcenterId}`,
          detail: { campaignId, version: latest.version, source: 'online' },
        },
        invitation: { campaignId, transition: transitions.confirm(at), before: invitation },
      },
      { outbox: [mail], revokeLinks: { hashes: inTransaction, at } },
    );
    await queue.enqueue([mailJob(mail)]);
    // More links than fit the transaction (many hand-overs): the rest, idempotent, after the mail.
    if (live.length > REVOKE_IN_TRANSACTION) await store.revokeLinks(live.slice(REVOKE_IN_TRANSACTION), at);
    return { confirmedAt: at };
  };

/** The public list of acceded Jobcenters that agreed to be named. */
export const makeListAcceded =
  ({ store }: { store: Pick<AccessionStore, 'listAccessions'> & Pick<RegistryStore, 'listJobcenters'> }) =>
  async () => {
    const names = new Map((await store.listJobcenters()).map((j) => [j.id, j]));
    return (await store.listAccessions())
      .filter((a) => a.publicListing && names.has(a.jobcenterId))
      .map((a) => {
        const j = names.get(a.jobcenterId);
        return {
          jobcenterId: a.jobcenterId,
          name: j?.name ?? a.jobcenterId,
          type: j?.type,
          regierungsbezirk: j?.regierungsbezirk,
          accededAt: a.accededOn,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  };
