import type { Dashboard, Trends } from '../../../functions/evaluation/dashboard';
import { FUNNEL_LABELS, type FunnelStage } from '../../../functions/evaluation/dashboard';
import { HANDLUNGSFELDER, type HandlungsfeldId } from '../../../functions/questionnaire/handlungsfelder';
import {
  MEASURE_STATUS_LABELS,
  MeasureStatus,
  RATING_LEVELS,
} from '../../../functions/self-assessment/questionnaire/definition';
import { QUESTIONNAIRES } from '../../../functions/self-assessment/questionnaire/versions';

/**
 * The numbers and sentences of the dashboard and the trends page, as pure functions: German
 * number format, the one-sentence summary under each chart (computed from the same data as the
 * chart and its table), and the years the year select offers.
 */

export const NOT_GIVEN = 'keine Angabe';
export const NOT_ASKED = 'nicht erfragt';

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
/** 2.5 → `2,5`; 1234 → `1.234`. */
export const formatNumber = (value: number): string => decimal.format(value);
/** A mean of those who answered; none answered → "keine Angabe". */
export const formatMean = (value: number | null): string =>
  value === null ? NOT_GIVEN : formatNumber(value);
/** An indicator value in its unit: `12,5 %` or `7`. */
export const formatIndicator = (value: number | null, einheit: 'prozent' | 'anzahl'): string =>
  value === null ? NOT_GIVEN : einheit === 'prozent' ? `${formatNumber(value)} %` : formatNumber(value);

const hfOf = (id: HandlungsfeldId) => HANDLUNGSFELDER.find((h) => h.id === id);
/** `Handlungsfeld 2: Zugänglichkeit` */
export const hfTitle = (id: HandlungsfeldId): string => {
  const hf = hfOf(id);
  return hf ? `Handlungsfeld ${hf.nummer}: ${hf.kurz}` : id;
};
/** `HF 2`, the axis label. */
export const hfShort = (id: HandlungsfeldId): string => `HF ${hfOf(id)?.nummer ?? id}`;
export const hfNumber = (id: HandlungsfeldId): number => hfOf(id)?.nummer ?? 0;

/** `3 – Auf gutem Weg` */
export const ratingLevelLabel = (value: number): string =>
  `${value} – ${RATING_LEVELS.find((l) => l.value === value)?.label ?? ''}`;

const jobcenters = (n: number) => (n === 1 ? 'Jobcenter' : 'Jobcentern');

/** "a, b und c" */
const listing = (parts: string[]): string =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;

// ---------- Rücklauf ----------

export const funnelLabel = (stufe: Dashboard['funnel'][number]['stufe']): string => FUNNEL_LABELS[stufe];

/** "Von 3 eingeladenen Jobcentern haben 3 das Formular geöffnet und 2 die Selbstbewertung abgegeben." */
export const funnelSummary = (jahr: number, funnel: Dashboard['funnel']): string => {
  const count = (stufe: FunnelStage) => funnel.find((r) => r.stufe === stufe)?.gesamt ?? 0;
  const invited = count('invited');
  if (invited === 0) return `Zur Selbstbewertung ${jahr} ist noch kein Jobcenter eingeladen.`;
  return `Von ${invited} zur Selbstbewertung ${jahr} eingeladenen ${jobcenters(invited)} haben ${count('opened')} das Formular geöffnet und ${count('submitted')} die Selbstbewertung abgegeben.`;
};

// ---------- Selbsteinschätzung ----------

type Rating = Dashboard['bewertung'][number];

/** "Im Handlungsfeld 2 schätzen sich 12 von 20 Jobcentern auf Stufe 3 oder höher ein; Mittelwert NRW 3,1 (LVR 3,4, LWL 2,8)." */
export const ratingSummary = (r: Rating): string => {
  const nummer = hfNumber(r.hf);
  if (r.n === 0) return `Im Handlungsfeld ${nummer} liegt noch keine Selbsteinschätzung vor.`;
  const atLeast3 = r.verteilung.slice(2).reduce((a, b) => a + b, 0);
  return `Im Handlungsfeld ${nummer} schätzen sich ${atLeast3} von ${r.n} ${jobcenters(r.n)} auf Stufe 3 oder höher ein; Mittelwert NRW ${formatMean(r.mittelNrw)} (LVR ${formatMean(r.mittelLvr)}, LWL ${formatMean(r.mittelLwl)}).`;
};

// ---------- Maßnahmen ----------

type MeasureCounts = Dashboard['massnahmen'][number];

/** "9 Maßnahmen, davon 6 in Umsetzung und 3 umgesetzt; die meisten im Handlungsfeld 2 (3)." */
export const measureSummary = (jahr: number, rows: readonly MeasureCounts[]): string => {
  const total = rows.reduce((a, r) => a + r.gesamt, 0);
  if (total === 0) return `Die Selbstbewertungen ${jahr} nennen noch keine Maßnahmen.`;
  const byStatus = MeasureStatus.options
    .map((s) => ({ s, n: rows.reduce((a, r) => a + (r.jeStatus[s] ?? 0), 0) }))
    .filter((x) => x.n > 0)
    .map((x) => `${x.n} ${MEASURE_STATUS_LABELS[x.s]}`);
  const most = Math.max(...rows.map((r) => r.gesamt));
  const top = rows.filter((r) => r.gesamt === most).map((r) => String(hfNumber(r.hf)));
  const where =
    top.length === 1
      ? `im Handlungsfeld ${top[0]} (${most})`
      : `in den Handlungsfeldern ${listing(top)} (je ${most})`;
  return `Die Selbstbewertungen ${jahr} nennen ${total} ${total === 1 ? 'Maßnahme' : 'Maßnahmen'}, davon ${listing(byStatus)}; die meisten ${where}.`;
};

// ---------- Entwicklung über die Jahre ----------

export type TrendPoint = {
  jahr: number;
  n: number;
  nrw: number | null;
  lvr: number | null;
  lwl: number | null;
};

/** One Handlungsfeld across the years (years without answers have n 0 and no means). */
export const trendOf = (trends: Trends, hf: HandlungsfeldId): TrendPoint[] =>
  trends.jahre.map((y) => {
    const r = y.bewertung.find((b) => b.hf === hf);
    return {
      jahr: y.jahr,
      n: r?.n ?? 0,
      nrw: r?.mittelNrw ?? null,
      lvr: r?.mittelLvr ?? null,
      lwl: r?.mittelLwl ?? null,
    };
  });

/** "Im Handlungsfeld 1 ist der Mittelwert NRW von 2,5 (2026) auf 4 (2027) gestiegen." */
export const trendSummary = (hf: HandlungsfeldId, points: readonly TrendPoint[]): string => {
  const nummer = hfNumber(hf);
  const known = points.filter((p): p is TrendPoint & { nrw: number } => p.nrw !== null);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last) return `Im Handlungsfeld ${nummer} liegt noch keine Selbsteinschätzung vor.`;
  if (first === last)
    return `Im Handlungsfeld ${nummer} liegt der Mittelwert NRW ${first.jahr} bei ${formatNumber(first.nrw)} (${first.n} Jobcenter); weitere Jahre liegen noch nicht vor.`;
  const change = last.nrw > first.nrw ? 'gestiegen' : last.nrw < first.nrw ? 'gesunken' : 'gleich geblieben';
  return `Im Handlungsfeld ${nummer} ist der Mittelwert NRW von ${formatNumber(first.nrw)} (${first.jahr}) auf ${formatNumber(last.nrw)} (${last.jahr}) ${change}.`;
};

/** A cell of the indicators table: `12,5 % (n = 2)`, "keine Angabe" or "nicht erfragt" (never 0). */
export const indicatorCell = (
  wert: Trends['kennzahlen'][number]['werte'][number],
  einheit: 'prozent' | 'anzahl',
): string => {
  if (!wert.gefragt) return NOT_ASKED;
  if (wert.n === 0 || wert.mittel === null) return NOT_GIVEN;
  return `${formatIndicator(wert.mittel, einheit)} (n = ${wert.n})`;
};

// ---------- Year select ----------

/** Every year with a questionnaire, plus the shown and the asked-for year; oldest first. */
export const dashboardYears = (...extra: (number | string | undefined)[]): number[] => {
  const years = new Set(Object.values(QUESTIONNAIRES).map((q) => q.year));
  for (const y of extra) {
    const n = Number(y);
    if (Number.isInteger(n) && n >= 2018 && n <= 2100) years.add(n);
  }
  return [...years].sort((a, b) => a - b);
};
