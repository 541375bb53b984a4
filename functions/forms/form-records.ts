import type { Accession } from '../accessions/accession';
import type { Campaign } from '../campaigns/campaign';
import type { Invitation } from '../campaigns/invitation';
import { hashToken, TOKEN_PATTERN } from '../campaigns/link-token';
import type { Feedback } from '../evaluation/feedback';
import type { Jobcenter } from '../registry/jobcenter';
import { LinkInvalidError, NotFoundError } from '../shared/errors';
import type { Clock, EvaluationStore, FormRecordStore, LinkStore, SubmissionStore } from '../shared/ports';
import type { Draft, Session, Submission } from './records';
import { isIdleExpired, needsTouch } from './session-idle';

/**
 * Everything a form request may need about its own Jobcenter's response, read in two waves:
 * the session item, then one BatchGetItem (link, campaign, invitation, Jobcenter, draft,
 * accession) in parallel with the queries the route declares. No item is read twice; the use
 * cases receive these records and read nothing of them again (budget in
 * test/integration/form-request-budget.test.ts).
 */
export type FormNeeds = {
  /** This response's submitted versions (consistent Query). */
  submissions?: boolean;
  /** The Jobcenter's submissions of other campaigns (accession, earlier years): the basis. */
  history?: boolean;
  /** MAGS feedback on this response's versions. */
  feedback?: boolean;
  /** The draft item (the autosave writes it without reading it: optimistic locking on its version). */
  draft?: boolean;
};

type Deps = {
  store: Pick<LinkStore, 'getSession' | 'touchSession'> &
    Pick<SubmissionStore, 'listSubmissions'> &
    Pick<EvaluationStore, 'listFeedback'> &
    FormRecordStore;
  clock: Clock;
};

export type FormRecords = {
  session: Session;
  campaign: Campaign;
  invitation: Invitation;
  jobcenter: Jobcenter;
  draft?: Draft;
  accession?: Accession;
  submissions: Submission[];
  history: Submission[];
  feedback: Feedback[];
};

/**
 * Checks a session token on every form request: it must exist and not be expired, its link must
 * still work (a resend revokes it at once) and the campaign must be running. An invalid token
 * costs one read; nothing else is read for it.
 */
export const makeLoadFormRecords =
  ({ store, clock }: Deps) =>
  async (sessionToken: string | undefined, needs: FormNeeds = {}): Promise<FormRecords> => {
    if (!sessionToken || !TOKEN_PATTERN.test(sessionToken)) throw new LinkInvalidError();
    const now = clock.now().toISOString();
    const session = await store.getSession(hashToken(sessionToken));
    if (!session || session.expiresAt <= now || isIdleExpired(session, clock.now()))
      throw new LinkInvalidError();
    const { campaignId, jobcenterId } = session;
    const [items, submissions, history, feedback] = await Promise.all([
      store.getFormItems(session, { draft: needs.draft ?? false }),
      needs.submissions ? store.listSubmissions(campaignId, jobcenterId) : [],
      needs.history ? store.listSubmissionsOfJobcenter(jobcenterId, campaignId) : [],
      needs.feedback ? store.listFeedback(jobcenterId, campaignId) : [],
    ]);
    const { link, campaign, invitation, jobcenter } = items;
    if (!link || link.revokedAt || link.expiresAt <= now) throw new LinkInvalidError();
    if (campaign?.status !== 'launched') throw new LinkInvalidError();
    if (!invitation || !jobcenter) throw new NotFoundError('Formular nicht gefunden.');
    // Sliding idle timeout: written at most every few minutes, so most requests stay read-only.
    if (needsTouch(session, clock.now())) await store.touchSession(session.hash, now);
    return {
      session,
      campaign,
      invitation,
      jobcenter,
      ...(items.draft ? { draft: items.draft } : {}),
      ...(items.accession ? { accession: items.accession } : {}),
      submissions,
      history,
      feedback,
    };
  };
