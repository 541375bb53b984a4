import type { Submission } from '../../forms/records';
import { NotFoundError } from '../../shared/errors';
import type {
  CampaignStore,
  Clock,
  FormRecordStore,
  RegistryStore,
  SubmissionStore,
} from '../../shared/ports';
import { writePdf } from '../pdf/pdf-writer';
import { recordDocument, recordKindOf, recordTitle } from '../record-document';
import type { RecordsList, RecordsSession } from '../records-link';

type Deps = {
  store: Pick<FormRecordStore, 'listSubmissionsOfJobcenter'> &
    Pick<SubmissionStore, 'listSubmissions'> &
    Pick<CampaignStore, 'getCampaign'> &
    Pick<RegistryStore, 'getJobcenter'>;
  clock: Clock;
};

const campaignTitles = async (store: Deps['store'], ids: readonly string[]) =>
  new Map(
    await Promise.all(
      [...new Set(ids)].map(async (id) => [id, (await store.getCampaign(id))?.title ?? ''] as const),
    ),
  );

/**
 * What the records session may read: its own Jobcenter's submitted versions, any campaign, open
 * or closed (one Query of the Jobcenter's index partition), and one of them as a PDF document.
 * The Jobcenter comes from the session only; a document of another Jobcenter is simply not found.
 */
export const makeReadRecords = ({ store, clock }: Deps) => ({
  async list(session: RecordsSession): Promise<RecordsList> {
    const [jobcenter, submissions] = await Promise.all([
      store.getJobcenter(session.jobcenterId),
      store.listSubmissionsOfJobcenter(session.jobcenterId, ''),
    ]);
    if (!jobcenter) throw new NotFoundError('Unbekanntes Jobcenter.');
    const titles = await campaignTitles(
      store,
      submissions.map((s) => s.campaignId),
    );
    const newestFirst = [...submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
    return {
      jobcenterName: jobcenter.name,
      documents: newestFirst.map((s) => ({
        campaignId: s.campaignId,
        version: s.version,
        kind: recordKindOf(s),
        title: recordTitle(s),
        campaignTitle: titles.get(s.campaignId) ?? '',
        submittedAt: s.submittedAt,
        receiptNumber: s.receiptNumber,
        contentHash: s.contentHash,
      })),
    };
  },

  async document(
    session: RecordsSession,
    campaignId: string,
    version: number,
  ): Promise<{ body: Buffer; filename: string }> {
    const [jobcenter, campaign, versions] = await Promise.all([
      store.getJobcenter(session.jobcenterId),
      store.getCampaign(campaignId),
      store.listSubmissions(campaignId, session.jobcenterId),
    ]);
    const submission: Submission | undefined = versions.find((s) => s.version === version);
    if (!jobcenter || !submission) throw new NotFoundError('Dieses Dokument gibt es nicht.');
    const body = writePdf(
      recordDocument(submission, {
        jobcenterName: jobcenter.name,
        campaignTitle: campaign?.title ?? '',
        createdAt: clock.now(),
      }),
    );
    return { body, filename: `${submission.receiptNumber}.pdf` };
  },
});
