import { transitions } from '../../campaigns/invitation';
import { ConflictError, ValidationError } from '../../shared/errors';
import type { CampaignStore, Clock, SubmissionStore } from '../../shared/ports';
import type { FormRecords } from '../form-records';
import { fragebogenOf, parseDraft } from './parse-draft';

/** A draft is one DynamoDB item (at most 400 KB); beyond this the answers are refused, not lost. */
export const MAX_DRAFT_BYTES = 350_000;

type Deps = {
  store: Pick<SubmissionStore, 'getDraft' | 'saveDraft'> & Pick<CampaignStore, 'updateInvitation'>;
  clock: Clock;
};

/**
 * Autosave with optimistic locking: the client sends the version it started from. If someone
 * else saved in between, nothing is overwritten; the conflict carries the stored draft so the page
 * can show what changed. The answers are validated with the campaign's own form first. The records
 * (campaign, invitation, basis) were read by the session middleware: one Put, and one Update the
 * first time only.
 */
export const makeSaveDraft = ({ store, clock }: Deps) => {
  return async (records: FormRecords, input: unknown, expectedVersion: number) => {
    const { session, campaign, invitation } = records;
    if (invitation.progress === 'confirmed') throw new ConflictError('Der Beitritt ist bereits bestätigt.');
    const answers = await parseDraft(records, input);
    if (new TextEncoder().encode(JSON.stringify(answers)).length > MAX_DRAFT_BYTES)
      throw new ValidationError([
        {
          field: '(Formular)',
          message: 'Die Angaben sind zu umfangreich zum Speichern. Bitte kürzen Sie längere Texte.',
        },
      ]);
    const at = clock.now().toISOString();
    const draft = {
      campaignId: session.campaignId,
      jobcenterId: session.jobcenterId,
      fragebogen: fragebogenOf(campaign),
      answers,
      version: expectedVersion + 1,
      updatedAt: at,
    };
    try {
      await store.saveDraft(draft, expectedVersion);
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      const current = await store.getDraft(session.campaignId, session.jobcenterId);
      throw new ConflictError(
        'Jemand anderes hat das Formular inzwischen gespeichert. Bitte prüfen Sie die Änderungen und speichern Sie erneut.',
        {
          cause: e,
          current: current && {
            answers: current.answers,
            version: current.version,
            updatedAt: current.updatedAt,
          },
        },
      );
    }
    // The first save moves the invitation to "draft"; later ones need no write (conditional anyway).
    if (invitation.progress === 'none' || invitation.progress === 'opened')
      await store.updateInvitation(
        session.campaignId,
        session.jobcenterId,
        transitions.markDraft(at),
        invitation,
      );
    return { version: draft.version, updatedAt: at };
  };
};
