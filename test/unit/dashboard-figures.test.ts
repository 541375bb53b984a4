import { describe, expect, it } from 'vitest';
import type { Dashboard, Trends } from '../../functions/evaluation/dashboard';
import {
  dashboardYears,
  formatIndicator,
  formatMean,
  funnelSummary,
  indicatorCell,
  measureSummary,
  ratingSummary,
  trendOf,
  trendSummary,
} from '../../web/src/flows/dashboard-figures';

/** The sentences under the dashboard's charts and the cells of its tables, from the same data. */
const funnelRow = (
  stufe: Dashboard['funnel'][number]['stufe'],
  gesamt: number,
): Dashboard['funnel'][number] => ({
  stufe,
  gesamt,
  jeLandschaftsverband: { LVR: gesamt, LWL: 0 },
  jeRegierungsbezirk: { D: gesamt, K: 0, MS: 0, DT: 0, AR: 0 },
});

describe('dashboard figures', () => {
  it('formats numbers the German way and says "keine Angabe" for a mean nobody gave', () => {
    expect(formatMean(2.5)).toBe('2,5');
    expect(formatMean(3.33)).toBe('3,33');
    expect(formatMean(null)).toBe('keine Angabe');
    expect(formatIndicator(12.5, 'prozent')).toBe('12,5 %');
    expect(formatIndicator(1234, 'anzahl')).toBe('1.234');
  });

  it('summarises the response funnel, also before anyone was invited', () => {
    const funnel = [
      funnelRow('invited', 20),
      funnelRow('opened', 15),
      funnelRow('draft', 14),
      funnelRow('submitted', 12),
      funnelRow('confirmed', 0),
    ];
    expect(funnelSummary(2026, funnel)).toBe(
      'Von 20 zur Selbstbewertung 2026 eingeladenen Jobcentern haben 15 das Formular geöffnet und 12 die Selbstbewertung abgegeben.',
    );
    expect(funnelSummary(2028, [])).toBe('Zur Selbstbewertung 2028 ist noch kein Jobcenter eingeladen.');
  });

  it('summarises a Handlungsfeld: how many on level 3 or higher, the NRW mean and both Landschaftsverbände', () => {
    const rating = {
      hf: 'hf2' as const,
      n: 20,
      verteilung: [2, 6, 7, 4, 1],
      mittelNrw: 2.9,
      mittelLvr: 3.1,
      mittelLwl: 2.7,
    };
    expect(ratingSummary(rating)).toBe(
      'Im Handlungsfeld 2 schätzen sich 12 von 20 Jobcentern auf Stufe 3 oder höher ein; Mittelwert NRW 2,9 (LVR 3,1, LWL 2,7).',
    );
    expect(
      ratingSummary({
        ...rating,
        n: 0,
        verteilung: [0, 0, 0, 0, 0],
        mittelNrw: null,
        mittelLvr: null,
        mittelLwl: null,
      }),
    ).toBe('Im Handlungsfeld 2 liegt noch keine Selbsteinschätzung vor.');
  });

  it('summarises the measures by status and names the Handlungsfelder with the most', () => {
    const none = { geplant: 0, 'in-umsetzung': 0, umgesetzt: 0, verstetigt: 0, aufgegeben: 0 };
    const rows = [
      { hf: 'hf1' as const, gesamt: 1, jeStatus: { ...none, umgesetzt: 1 } },
      { hf: 'hf2' as const, gesamt: 2, jeStatus: { ...none, geplant: 1, umgesetzt: 1 } },
      { hf: 'hf6' as const, gesamt: 2, jeStatus: { ...none, aufgegeben: 2 } },
    ];
    expect(measureSummary(2026, rows)).toBe(
      'Die Selbstbewertungen 2026 nennen 5 Maßnahmen, davon 1 geplant, 2 umgesetzt und 2 aufgegeben; die meisten in den Handlungsfeldern 2 und 6 (je 2).',
    );
    expect(measureSummary(2026, rows.slice(0, 2))).toMatch(/die meisten im Handlungsfeld 2 \(2\)\.$/);
    expect(measureSummary(2027, [])).toBe('Die Selbstbewertungen 2027 nennen noch keine Maßnahmen.');
  });

  it('reads the trend of a Handlungsfeld; a year without answers is a gap, not 0', () => {
    const year = (jahr: number, n: number, mittel: number | null): Trends['jahre'][number] => ({
      jahr,
      fragebogen: `sb-${jahr}`,
      n,
      bewertung: [{ hf: 'hf1', n, mittelNrw: mittel, mittelLvr: mittel, mittelLwl: null }],
    });
    const trends: Trends = {
      jahre: [year(2026, 2, 3.5), year(2027, 0, null), year(2028, 1, 3)],
      kennzahlen: [],
    };
    const points = trendOf(trends, 'hf1');
    expect(points.map((p) => p.nrw)).toEqual([3.5, null, 3]);
    expect(trendSummary('hf1', points)).toBe(
      'Im Handlungsfeld 1 ist der Mittelwert NRW von 3,5 (2026) auf 3 (2028) gesunken.',
    );
    expect(trendSummary('hf1', points.slice(0, 2))).toBe(
      'Im Handlungsfeld 1 liegt der Mittelwert NRW 2026 bei 3,5 (2 Jobcenter); weitere Jahre liegen noch nicht vor.',
    );
  });

  it('shows "nicht erfragt" for an indicator the year did not ask, "keine Angabe" when nobody answered', () => {
    const wert = { jahr: 2027, gefragt: false, n: 0, mittel: null, summe: 0 };
    expect(indicatorCell(wert, 'anzahl')).toBe('nicht erfragt');
    expect(indicatorCell({ ...wert, gefragt: true }, 'anzahl')).toBe('keine Angabe');
    expect(indicatorCell({ ...wert, gefragt: true, n: 2, mittel: 13.5, summe: 27 }, 'anzahl')).toBe(
      '13,5 (n = 2)',
    );
    expect(indicatorCell({ ...wert, gefragt: true, n: 1, mittel: 32, summe: 32 }, 'prozent')).toBe(
      '32 % (n = 1)',
    );
  });

  it('offers every questionnaire year plus a valid year from the address, oldest first', () => {
    expect(dashboardYears()).toEqual([2026, 2027]);
    expect(dashboardYears(2030, 'abc', '2017', undefined)).toEqual([2026, 2027, 2030]);
  });
});
