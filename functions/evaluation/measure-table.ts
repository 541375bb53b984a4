import * as z from 'zod';
import { ACCESSION_SOURCE_LABELS } from '../accessions/accession';
import { HANDLUNGSFELDER, HandlungsfeldId } from '../questionnaire/handlungsfelder';
import { catalogueMeasure } from '../questionnaire/measure-catalogue';
import { JobcenterType, Landschaftsverband, Regierungsbezirk } from '../registry/jobcenter';
import { MEASURE_STATUS_LABELS, MeasureStatus } from '../self-assessment/questionnaire/definition';
import { collationKey } from '../store/table-design';
import { MeasureEntry, type MeasureSet, type MeasureSource } from './measure-set';

/**
 * The measures table (Maßnahmenübersicht): one row per measure per Jobcenter and reporting year,
 * from accessions and self-assessments. Filtering, sorting, counting and paging are pure
 * functions over the read model; the API, the exports and the print view share them.
 */
export const MeasureRow = z
  .object({
    jobcenterId: z.string(),
    jobcenter: z.string(),
    typ: JobcenterType,
    landschaftsverband: Landschaftsverband,
    regierungsbezirk: Regierungsbezirk,
    jahr: z.number().int(),
    handlungsfeld: HandlungsfeldId,
    massnahmeId: z.string(),
    massnahme: z.string(),
    /** The catalogue entry's title where the Jobcenter picked one. */
    katalog: z.string().optional(),
    /** Status, period, target group and funding as the measure set records them. */
    ...MeasureEntry.pick({
      status: true,
      beginn: true,
      ende: true,
      zielgruppe: true,
      mittelEuro: true,
      mittelHerkunft: true,
    }).shape,
    quelle: z.string(),
    /** Link target for staff: the campaign whose answer this row comes from. */
    campaignId: z.string().optional(),
  })
  .meta({ id: 'MeasureRow' });
export type MeasureRow = z.infer<typeof MeasureRow>;

/** The filter parameters, in the order of the form, the query string and file names. */
export const FILTER_KEYS = [
  'jahr',
  'handlungsfeld',
  'status',
  'landschaftsverband',
  'regierungsbezirk',
  'typ',
  'jobcenter',
  'q',
] as const;

export const SORT_KEYS = ['jobcenter', 'handlungsfeld', 'status', 'beginn', 'jahr', 'massnahme'] as const;
export const PAGE_SIZE = 100;

const param = (name: string) => `Ungültiger Wert für „${name}“.`;
const oneOf = <T extends string>(name: string, values: readonly T[]) =>
  z
    .enum(values as readonly [T, ...T[]], { error: `${param(name)} Erlaubt: ${values.join(', ')}.` })
    .optional();

/** The filter in the query string; every parameter is named in its error message. */
export const MeasureQuery = z
  .object({
    jahr: z.coerce
      .number({ error: param('jahr') })
      .int(param('jahr'))
      .min(2018, param('jahr'))
      .max(2100, param('jahr'))
      .optional(),
    handlungsfeld: oneOf('handlungsfeld', HandlungsfeldId.options),
    status: oneOf('status', MeasureStatus.options),
    landschaftsverband: oneOf('landschaftsverband', Landschaftsverband.options),
    regierungsbezirk: oneOf('regierungsbezirk', Regierungsbezirk.options),
    typ: oneOf('typ', JobcenterType.options),
    jobcenter: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, param('jobcenter'))
      .max(60, param('jobcenter'))
      .optional(),
    q: z.string().trim().max(100, 'Der Suchtext für „q“ ist zu lang (höchstens 100 Zeichen).').optional(),
    sortierung: z.enum(SORT_KEYS, { error: param('sortierung') }).optional(),
    richtung: z.enum(['auf', 'ab'], { error: param('richtung') }).optional(),
    seite: z.coerce
      .number({ error: param('seite') })
      .int(param('seite'))
      .min(1, param('seite'))
      .optional(),
  })
  .strict()
  .meta({ id: 'MeasureQuery' });
export type MeasureQuery = z.infer<typeof MeasureQuery>;

export const sourceLabel = (source: MeasureSource, year: number): string =>
  source.kind === 'beitritt'
    ? `Beitrittserklärung ${year} (${ACCESSION_SOURCE_LABELS[source.via]}${source.version ? `, Fassung ${source.version}` : ''})`
    : `Selbstbewertung ${year}, Fassung ${source.version}`;

/** Flattens measure sets into table rows. */
export const rowsOf = (sets: readonly MeasureSet[]): MeasureRow[] =>
  sets.flatMap((set) =>
    set.measures.map((m) => {
      const katalog = m.katalogId ? catalogueMeasure(m.katalogId)?.titel : undefined;
      return MeasureRow.parse({
        jobcenterId: set.jobcenter.id,
        jobcenter: set.jobcenter.name,
        typ: set.jobcenter.type,
        landschaftsverband: set.jobcenter.landschaftsverband,
        regierungsbezirk: set.jobcenter.regierungsbezirk,
        jahr: set.year,
        handlungsfeld: set.hf,
        massnahmeId: m.id,
        massnahme: m.titel,
        ...(katalog ? { katalog } : {}),
        status: m.status,
        ...(m.beginn ? { beginn: m.beginn } : {}),
        ...(m.ende ? { ende: m.ende } : {}),
        ...(m.zielgruppe ? { zielgruppe: m.zielgruppe } : {}),
        ...(m.mittelEuro !== undefined ? { mittelEuro: m.mittelEuro } : {}),
        ...(m.mittelHerkunft ? { mittelHerkunft: m.mittelHerkunft } : {}),
        quelle: sourceLabel(set.source, set.year),
        ...(set.source.campaignId ? { campaignId: set.source.campaignId } : {}),
      });
    }),
  );

const matchesText = (row: MeasureRow, needle: string): boolean =>
  [row.massnahme, row.katalog, row.jobcenter, row.zielgruppe, row.mittelHerkunft]
    .filter((s): s is string => !!s)
    .some((s) => collationKey(s).includes(needle));

/** The filter applied in memory (year and Handlungsfeld were already narrowed by the Query). */
export const filterRows = (rows: readonly MeasureRow[], f: MeasureQuery): MeasureRow[] => {
  const needle = f.q ? collationKey(f.q) : '';
  return rows.filter(
    (r) =>
      (f.jahr === undefined || r.jahr === f.jahr) &&
      (!f.handlungsfeld || r.handlungsfeld === f.handlungsfeld) &&
      (!f.status || r.status === f.status) &&
      (!f.landschaftsverband || r.landschaftsverband === f.landschaftsverband) &&
      (!f.regierungsbezirk || r.regierungsbezirk === f.regierungsbezirk) &&
      (!f.typ || r.typ === f.typ) &&
      (!f.jobcenter || r.jobcenterId === f.jobcenter) &&
      (!needle || matchesText(r, needle)),
  );
};

const STATUS_ORDER = MeasureStatus.options;
const byText = (a: string, b: string) => collationKey(a).localeCompare(collationKey(b), 'de');
const COMPARE: Record<(typeof SORT_KEYS)[number], (a: MeasureRow, b: MeasureRow) => number> = {
  jobcenter: (a, b) => byText(a.jobcenter, b.jobcenter),
  handlungsfeld: (a, b) => a.handlungsfeld.localeCompare(b.handlungsfeld),
  status: (a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
  beginn: (a, b) => (a.beginn ?? '9999').localeCompare(b.beginn ?? '9999'),
  jahr: (a, b) => a.jahr - b.jahr,
  massnahme: (a, b) => byText(a.massnahme, b.massnahme),
};
/** Ties are broken in a fixed order, so pages never overlap or skip a row. */
const TIE_BREAK = [COMPARE.jahr, COMPARE.jobcenter, COMPARE.handlungsfeld, COMPARE.massnahme];

export const sortRows = (rows: readonly MeasureRow[], f: Pick<MeasureQuery, 'sortierung' | 'richtung'>) => {
  const primary = COMPARE[f.sortierung ?? 'jobcenter'];
  const sign = f.richtung === 'ab' ? -1 : 1;
  return [...rows].sort((a, b) => {
    const first = sign * primary(a, b);
    if (first !== 0) return first;
    for (const compare of TIE_BREAK) {
      const c = compare(a, b);
      if (c !== 0) return c;
    }
    return a.massnahmeId.localeCompare(b.massnahmeId);
  });
};

export const countRows = (rows: readonly MeasureRow[]) => ({
  gesamt: rows.length,
  jobcenter: new Set(rows.map((r) => r.jobcenterId)).size,
  jeHandlungsfeld: Object.fromEntries(
    HANDLUNGSFELDER.map((h) => [h.id, rows.filter((r) => r.handlungsfeld === h.id).length]),
  ) as Record<HandlungsfeldId, number>,
  jeStatus: Object.fromEntries(
    STATUS_ORDER.map((s) => [s, rows.filter((r) => r.status === s).length]),
  ) as Record<MeasureStatus, number>,
});

export const MeasureCounts = z.object({
  gesamt: z.number().int(),
  jobcenter: z.number().int(),
  jeHandlungsfeld: z.record(HandlungsfeldId, z.number().int()),
  jeStatus: z.record(MeasureStatus, z.number().int()),
});

export const MeasureTablePage = z
  .object({
    rows: z.array(MeasureRow),
    counts: MeasureCounts,
    seite: z.number().int(),
    seiten: z.number().int(),
    proSeite: z.number().int(),
    /** Years with any measure, for the year filter. */
    jahre: z.array(z.number().int()),
  })
  .meta({ id: 'MeasureTablePage' });
export type MeasureTablePage = z.infer<typeof MeasureTablePage>;

export { MEASURE_STATUS_LABELS };
