import * as z from 'zod';
import type { Invitation } from '../campaigns/invitation';
import { HANDLUNGSFELDER, HandlungsfeldId } from '../questionnaire/handlungsfelder';
import { Landschaftsverband, Regierungsbezirk } from '../registry/jobcenter';
import { MeasureStatus, type Questionnaire } from '../self-assessment/questionnaire/definition';
import type { AssessmentResult } from './assessment-result';
import type { JobcenterFacts } from './measure-set';

/**
 * The figures of the dashboard ("Auswertung II"), as pure functions over the read models: the
 * response funnel of a year's campaigns, the self-ratings, indicators and measure statuses of the
 * submitted self-assessments, and the trends across years. Every mean is of the Jobcenters that
 * answered (n is given with it); nothing is extrapolated.
 */
/** The stages of the response funnel (English values, German labels in `FUNNEL_LABELS`). */
export const FUNNEL_STAGES = ['invited', 'opened', 'draft', 'submitted', 'confirmed'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export const FUNNEL_LABELS: Record<FunnelStage, string> = {
  invited: 'eingeladen',
  opened: 'Formular geöffnet',
  draft: 'Entwurf gespeichert',
  submitted: 'abgegeben',
  confirmed: 'bestätigt (nur Beitritt)',
};
/** The progress values that have reached at least a stage. */
const REACHED: Record<FunnelStage, readonly Invitation['progress'][]> = {
  invited: ['none', 'opened', 'draft', 'submitted', 'returned', 'confirmed'],
  opened: ['opened', 'draft', 'submitted', 'returned', 'confirmed'],
  draft: ['draft', 'submitted', 'returned', 'confirmed'],
  submitted: ['submitted', 'returned', 'confirmed'],
  confirmed: ['confirmed'],
};
const RANK = REACHED.invited;

const Count = z.number().int();
const Mean = z.number().nullable();

export const FunnelRow = z.object({
  stufe: z.enum(FUNNEL_STAGES),
  gesamt: Count,
  jeLandschaftsverband: z.record(Landschaftsverband, Count),
  jeRegierungsbezirk: z.record(Regierungsbezirk, Count),
});

export const RatingSummary = z.object({
  hf: HandlungsfeldId,
  n: Count,
  /** How many Jobcenters chose 1, 2, 3, 4, 5. */
  verteilung: z.array(Count).length(5),
  mittelNrw: Mean,
  mittelLvr: Mean,
  mittelLwl: Mean,
});

/** Which indicator a figure is about (dashboard, trends and the Jobcenter profile). */
export const IndicatorRef = z.object({
  hf: HandlungsfeldId,
  id: z.string(),
  label: z.string(),
  einheit: z.enum(['prozent', 'anzahl']),
});

export const IndicatorSummary = IndicatorRef.extend({
  n: Count,
  summe: z.number(),
  mittel: Mean,
  min: z.number().nullable(),
  max: z.number().nullable(),
});

export const Dashboard = z
  .object({
    jahr: z.number().int(),
    fragebogen: z.object({ version: z.string(), title: z.string() }).nullable(),
    funnel: z.array(FunnelRow),
    bewertung: z.array(RatingSummary),
    kennzahlen: z.array(IndicatorSummary),
    massnahmen: z.array(
      z.object({ hf: HandlungsfeldId, gesamt: Count, jeStatus: z.record(MeasureStatus, Count) }),
    ),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/** One row per stage; a Jobcenter invited twice in the year counts once, at its furthest stage. */
export const funnelOf = (
  invitations: readonly Pick<Invitation, 'jobcenterId' | 'progress'>[],
  jobcenters: ReadonlyMap<string, Pick<JobcenterFacts, 'landschaftsverband' | 'regierungsbezirk'>>,
) => {
  const furthest = new Map<string, Invitation['progress']>();
  for (const i of invitations) {
    const known = furthest.get(i.jobcenterId);
    if (!known || RANK.indexOf(i.progress) > RANK.indexOf(known)) furthest.set(i.jobcenterId, i.progress);
  }
  const entries = [...furthest.entries()].map(([id, progress]) => ({ progress, j: jobcenters.get(id) }));
  return FUNNEL_STAGES.map((stufe) => {
    const reached = entries.filter((e) => REACHED[stufe].includes(e.progress));
    const by = <K extends string>(
      keys: readonly K[],
      pick: (j: (typeof entries)[number]['j']) => K | undefined,
    ) =>
      Object.fromEntries(keys.map((k) => [k, reached.filter((e) => pick(e.j) === k).length])) as Record<
        K,
        number
      >;
    return {
      stufe,
      gesamt: reached.length,
      jeLandschaftsverband: by(Landschaftsverband.options, (j) => j?.landschaftsverband),
      jeRegierungsbezirk: by(Regierungsbezirk.options, (j) => j?.regierungsbezirk),
    };
  });
};

export const ratingsOf = (results: readonly AssessmentResult[]) =>
  HANDLUNGSFELDER.map((h) => {
    const of = (lv?: 'LVR' | 'LWL') =>
      results.filter((r) => !lv || r.jobcenter.landschaftsverband === lv).map((r) => r.bewertung[h.id]);
    const all = of();
    return {
      hf: h.id,
      n: all.length,
      verteilung: [1, 2, 3, 4, 5].map((v) => all.filter((x) => x === v).length),
      mittelNrw: mean(all),
      mittelLvr: mean(of('LVR')),
      mittelLwl: mean(of('LWL')),
    };
  });

/** Indicators of the year's questionnaire (labels and units from it); values of those who answered. */
export const indicatorsOf = (q: Questionnaire, results: readonly AssessmentResult[]) =>
  q.sections.flatMap((s) =>
    s.indicators.map((i) => {
      const values = results
        .map((r) => r.kennzahlen[s.hf]?.[i.id])
        .filter((v): v is number => typeof v === 'number');
      return {
        hf: s.hf,
        id: i.id,
        label: i.label,
        einheit: i.unit,
        n: values.length,
        summe: values.reduce((a, b) => a + b, 0),
        mittel: mean(values),
        min: values.length ? Math.min(...values) : null,
        max: values.length ? Math.max(...values) : null,
      };
    }),
  );

/** Measures by status per Handlungsfeld, from the counts each result keeps (no measure item is read). */
export const measureStatusOf = (results: readonly Pick<AssessmentResult, 'massnahmen'>[]) =>
  HANDLUNGSFELDER.map((h) => {
    const jeStatus = Object.fromEntries(
      MeasureStatus.options.map((st) => [
        st,
        results.reduce((n, r) => n + (r.massnahmen[h.id]?.[st] ?? 0), 0),
      ]),
    ) as Record<MeasureStatus, number>;
    return { hf: h.id, gesamt: Object.values(jeStatus).reduce((a, b) => a + b, 0), jeStatus };
  });

export const Trends = z
  .object({
    jahre: z.array(
      z.object({
        jahr: z.number().int(),
        fragebogen: z.string().nullable(),
        n: Count,
        bewertung: z.array(
          RatingSummary.pick({ hf: true, n: true, mittelNrw: true, mittelLvr: true, mittelLwl: true }),
        ),
      }),
    ),
    /** Every indicator ever asked, with its values in the years that asked it (null: not asked). */
    kennzahlen: z.array(
      IndicatorRef.extend({
        werte: z.array(
          z.object({
            jahr: z.number().int(),
            gefragt: z.boolean(),
            n: Count,
            mittel: Mean,
            summe: z.number(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'Trends' });
export type Trends = z.infer<typeof Trends>;

/** Trends across years; each year is read with its own questionnaire. */
export const trendsOf = (
  results: readonly AssessmentResult[],
  questionnaireOfYear: (year: number) => Questionnaire | undefined,
  years: readonly number[],
): Trends => {
  const perYear = years.map((jahr) => {
    const of = results.filter((r) => r.year === jahr);
    return { jahr, q: questionnaireOfYear(jahr), of };
  });
  const indicators = new Map<string, Trends['kennzahlen'][number]>();
  for (const { q } of perYear)
    for (const s of q?.sections ?? [])
      for (const i of s.indicators)
        if (!indicators.has(`${s.hf}.${i.id}`))
          indicators.set(`${s.hf}.${i.id}`, {
            hf: s.hf,
            id: i.id,
            label: i.label,
            einheit: i.unit,
            werte: [],
          });
  for (const row of indicators.values())
    row.werte = perYear.map(({ jahr, q, of }) => {
      const asked = !!q?.sections.find((s) => s.hf === row.hf)?.indicators.some((i) => i.id === row.id);
      const values = asked
        ? of.map((r) => r.kennzahlen[row.hf]?.[row.id]).filter((v): v is number => typeof v === 'number')
        : [];
      return {
        jahr,
        gefragt: asked,
        n: values.length,
        mittel: mean(values),
        summe: values.reduce((a, b) => a + b, 0),
      };
    });
  return {
    jahre: perYear.map(({ jahr, q, of }) => ({
      jahr,
      fragebogen: q?.version ?? null,
      n: of.length,
      bewertung: ratingsOf(of).map(({ hf, n, mittelNrw, mittelLvr, mittelLwl }) => ({
        hf,
        n,
        mittelNrw,
        mittelLvr,
        mittelLwl,
      })),
    })),
    kennzahlen: [...indicators.values()],
  };
};
