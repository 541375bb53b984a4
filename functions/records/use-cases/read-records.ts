import type { Submission } from '../../forms/records';
import { NotFoundError } from '../../shared/errors';
import type {
  AccessionStore,
  CampaignStore,
  Clock,
  FormRecordStore,
  RegistryStore,
  SubmissionStore,
} from '../../shared/ports';
import { writePdf } from '../pdf/pdf-writer';
import { recordDocument, recordKindOf, recordTitle } from '../record-document';
import {
  isRecordedAccession,
  RECORDED_ACCESSION_TITLE,
  recordedAccessionDocument,
} from '../recorded-accession-document';
import {
  RECORDED_ACCESSION_DOCUMENT,
  type RecordsDocument,
  type RecordsList,
  type RecordsSession,
} from '../records-link';

type Deps = {
  store: Pick<FormRecordStore, 'listSubmissionsOfJobcenter'> &
    Pick<SubmissionStore, 'listSubmissions'> &
    Pick<CampaignStore, 'getCampaign'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<AccessionStore, 'getAccession'>;
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
 * or closed (one Query of the Jobcenter's index partition), and one of them as a PDF document;
 * an accession MAGS recorded from paper or imported (no submitted version) is one more document,
 * made from the stored accession and marked as recorded by MAGS. The Jobcenter comes from the
 * session only; a document of another Jobcenter is simply not found.
 */
export const makeReadRecords = ({ store, clock }: Deps) => {
  const recordedDocument = async (session: RecordsSession, version: number) => {
    const [jobcenter, accession] = await Promise.all([
      store.getJobcenter(session.jobcenterId),
      store.getAccession(session.jobcenterId),
    ]);
    if (!jobcenter || version !== 1 || !isRecordedAccession(accession))
      throw new NotFoundError('Dieses Dokument gibt es nicht.');
    const body = writePdf(
      recordedAccessionDocument(accession, { jobcenterName: jobcenter.name, createdAt: clock.now() }),
    );
    return { body, filename: `Beitritt-${jobcenter.id}-erfasst.pdf` };
  };

  return {
    async list(session: RecordsSession): Promise<RecordsList> {
      const [jobcenter, submissions, accession] = await Promise.all([
        store.getJobcenter(session.jobcenterId),
        store.listSubmissionsOfJobcenter(session.jobcenterId, ''),
        store.getAccession(session.jobcenterId),
      ]);
      if (!jobcenter) throw new NotFoundError('Unbekanntes Jobcenter.');
      const titles = await campaignTitles(
        store,
        submissions.map((s) => s.campaignId),
      );
      const newestFirst = [...submissions].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
      const recorded: RecordsDocument[] = isRecordedAccession(accession)
        ? [
            {
              campaignId: RECORDED_ACCESSION_DOCUMENT,
              version: 1,
              kind: 'beitritt',
              title: RECORDED_ACCESSION_TITLE,
              campaignTitle: '',
              submittedAt: accession.confirmedAt,
              origin: accession.source,
            },
          ]
        : [];
      return {
        jobcenterName: jobcenter.name,
        documents: [
          ...newestFirst.map(
            (s): RecordsDocument => ({
              campaignId: s.campaignId,
              version: s.version,
              kind: recordKindOf(s),
              title: recordTitle(s),
              campaignTitle: titles.get(s.campaignId) ?? '',
              submittedAt: s.submittedAt,
              origin: 'online',
              receiptNumber: s.receiptNumber,
              contentHash: s.contentHash,
            }),
          ),
          // The accession came before every self-assessment: last in the newest-first list.
          ...recorded,
        ],
      };
    },

    async document(
      session: RecordsSession,
      campaignId: string,
      version: number,
    ): Promise<{ body: Buffer; filename: string }> {
      if (campaignId === RECORDED_ACCESSION_DOCUMENT) return recordedDocument(session, version);
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
  };
};
