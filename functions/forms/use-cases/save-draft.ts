import { ACCESSION_FORM_VERSION, type AccessionDraft } from '../../questionnaire/accession-form';
import { ConflictError } from '../../shared/errors';
import type { CampaignStore, Clock, SubmissionStore } from '../../shared/ports';
import type { Session } from '../records';

type Deps = {
  store: Pick<SubmissionStore, 'getDraft' | 'saveDraft'> &
    Pick<CampaignStore, 'getInvitation' | 'updateInvitation'>;
  clock: Clock;
};

/**
 * Autosave with optimistic locking: the client sends the version it started from. If someone
 * else saved in between, nothing is overwritten; the conflict carries the stored draft so the page
 * can show what changed.
 */
export const makeSaveDraft =
  ({ store, clock }: Deps) =>
  async (session: Session, answers: AccessionDraft, expectedVersion: number) => {
    const invitation = await store.getInvitation(session.campaignId, session.jobcenterId);
    if (invitation?.progress === 'confirmed') throw new ConflictError('Der Beitritt ist bereits bestätigt.');
    const at = clock.now().toISOString();
    const draft = {
      campaignId: session.campaignId,
      jobcenterId: session.jobcenterId,
      formVersion: ACCESSION_FORM_VERSION,
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
    await store.updateInvitation(
      session.campaignId,
      session.jobcenterId,
      { progressIn: ['none', 'opened'] },
      { progress: 'draft', draftAt: at },
    );
    return { version: draft.version, updatedAt: at };
  };
