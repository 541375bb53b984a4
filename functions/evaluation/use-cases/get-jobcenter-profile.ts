import * as z from 'zod';
import { Accession } from '../../accessions/accession';
import { HandlungsfeldId } from '../../questionnaire/handlungsfelder';
import { Jobcenter } from '../../registry/jobcenter';
import { NotFoundError } from '../../shared/errors';
import type { AccessionStore, EvaluationStore, RegistryStore } from '../../shared/ports';
import { IndicatorRef } from '../dashboard';
import { Feedback } from '../feedback';
import { MeasureRow, rowsOf, sortRows } from '../measure-table';
import { questionnaireOfYear } from './get-dashboard';

export const JobcenterProfile = z
  .object({
    jobcenter: Jobcenter,
    beitritt: Accession.nullable(),
    /** Every year with a submitted self-assessment, oldest first, read with that year's questionnaire. */
    jahre: z.array(
      z.object({
        jahr: z.number().int(),
        fragebogen: z.string(),
        campaignId: z.string(),
        version: z.number().int(),
        receiptNumber: z.string(),
        submittedAt: z.iso.datetime(),
        bewertung: z.record(HandlungsfeldId, z.number().int()),
        kennzahlen: z.array(IndicatorRef.extend({ wert: z.number().nullable() })),
        rueckmeldungen: z.array(Feedback),
      }),
    ),
    massnahmen: z.array(MeasureRow),
  })
  .meta({ id: 'JobcenterProfile' });
export type JobcenterProfile = z.infer<typeof JobcenterProfile>;

/** One Jobcenter across the years: two key reads and one Query of its partition. */
export const makeGetJobcenterProfile =
  ({
    store,
  }: {
    store: Pick<RegistryStore, 'getJobcenter'> &
      Pick<AccessionStore, 'getAccession'> &
      Pick<EvaluationStore, 'jobcenterRecords'>;
  }) =>
  async (jobcenterId: string): Promise<JobcenterProfile> => {
    const [jobcenter, accession, records] = await Promise.all([
      store.getJobcenter(jobcenterId),
      store.getAccession(jobcenterId),
      store.jobcenterRecords(jobcenterId),
    ]);
    if (!jobcenter) throw new NotFoundError('Dieses Jobcenter gibt es nicht.');
    const jahre = [...records.results]
      .sort((a, b) => a.year - b.year)
      .map((r) => {
        const q = questionnaireOfYear(r.year);
        return {
          jahr: r.year,
          fragebogen: r.fragebogen,
          campaignId: r.campaignId,
          version: r.version,
          receiptNumber: r.receiptNumber,
          submittedAt: r.submittedAt,
          bewertung: r.bewertung,
          kennzahlen: (q?.sections ?? []).flatMap((s) =>
            s.indicators.map((i) => ({
              hf: s.hf,
              id: i.id,
              label: i.label,
              einheit: i.unit,
              wert: r.kennzahlen[s.hf]?.[i.id] ?? null,
            })),
          ),
          rueckmeldungen: records.feedback.filter((f) => f.campaignId === r.campaignId),
        };
      });
    return {
      jobcenter,
      beitritt: accession ?? null,
      jahre,
      massnahmen: sortRows(rowsOf(records.measureSets), { sortierung: 'jahr' }),
    };
  };
