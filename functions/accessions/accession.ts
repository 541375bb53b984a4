import * as z from 'zod';
import { HandlungsfeldId } from '../questionnaire/handlungsfelder';
import { CatalogueMeasureId } from '../questionnaire/measure-catalogue';
import { text } from '../registry/jobcenter';

/**
 * A Jobcenter's accession (Beitritt) as MAGS records it: confirmed from an online declaration,
 * entered from a declaration that arrived on paper, or imported from the records kept before this
 * system. Whatever the source, the Jobcenter counts as acceded everywhere (self-assessments,
 * public list, reports). One per Jobcenter: a second one is refused.
 */
export const AccessionSource = z.enum(['online', 'papier', 'import']).meta({ id: 'AccessionSource' });
export type AccessionSource = z.infer<typeof AccessionSource>;

export const ACCESSION_SOURCE_LABELS: Record<AccessionSource, string> = {
  online: 'Online-Erklärung',
  papier: 'Erklärung auf Papier',
  import: 'Übernahme aus Altdaten',
};

const IsoDate = z.iso.date();
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** A measure of an accession recorded by MAGS (paper declaration); period and target group optional. */
export const RecordedMeasure = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{8,40}$/),
    handlungsfeld: HandlungsfeldId,
    katalogId: CatalogueMeasureId.optional(),
    titel: text(200),
    beginn: Month.optional(),
    ende: Month.optional(),
    zielgruppe: text(200).optional(),
  })
  .strict();
export type RecordedMeasure = z.infer<typeof RecordedMeasure>;

export const Accession = z
  .object({
    jobcenterId: z.string(),
    source: AccessionSource,
    /** The day the Jobcenter acceded (signature of a paper declaration; confirmation of an online one). */
    accededOn: IsoDate,
    /** When MAGS recorded it in this system, and who. */
    confirmedAt: z.iso.datetime(),
    confirmedBy: z.string(),
    publicListing: z.boolean(),
    /** Online: the campaign and the confirmed version of the declaration. */
    campaignId: z.string().optional(),
    submissionVersion: z.number().int().positive().optional(),
    /** Paper and import: what the declaration says. */
    signatory: z.object({ name: z.string(), funktion: z.string().optional() }).optional(),
    traegerZugestimmtAm: IsoDate.optional(),
    gremium: z.string().optional(),
    massnahmen: z.array(RecordedMeasure).max(60).optional(),
    bemerkung: z.string().optional(),
  })
  .meta({ id: 'Accession' });
export type Accession = z.infer<typeof Accession>;
