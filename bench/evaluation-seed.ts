import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { JobcenterFacts, MeasureEntry, MeasureSet } from '../functions/evaluation/measure-set';
import { HANDLUNGSFELDER } from '../functions/questionnaire/handlungsfelder';
import { MEASURE_CATALOGUE } from '../functions/questionnaire/measure-catalogue';
import type { MeasureStatus } from '../functions/self-assessment/questionnaire/definition';
import { measureSetPut } from '../functions/store/evaluation-store';
import { TABLE_NAME } from '../local/system';

/**
 * The synthetic data of the evaluation benches (bench/evaluation.ts, bench/evaluation-dashboard.ts):
 * Jobcenters × 3 reporting years of measure sets, the same on every run (seeded), written straight
 * into the read model.
 */
export const YEARS = [2025, 2026, 2027] as const;

/** mulberry32: a small seeded generator, so every run seeds the same data. */
export const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
type Random = ReturnType<typeof seeded>;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const PLACE_START = ['Düs', 'Mün', 'Öl', 'Bür', 'Lü', 'Gel', 'Ha', 'Wes', 'Kle', 'Gü', 'Es', 'Bo', 'Sie'];
const PLACE_END = ['sel', 'ster', 'de', 'en', 'dorf', 'berg', 'feld', 'hausen', 'kirchen', 'ßen', 'bach'];
const PLACE_KIND = ['Jobcenter', 'Jobcenter Kreis', 'Jobcenter Städteregion', 'Jobcenter Stadt'];
const ACTION = ['Schulung', 'Aufbau', 'Einführung', 'Ausbau', 'Prüfung', 'Verstetigung', 'Erprobung'];
const SUBJECT = [
  'eines Netzwerks mit Beratungsstellen',
  'der Integrationsfachkräfte zu psychischen Erkrankungen',
  'barrierefreier Zugänge an allen Standorten',
  'von Informationen in Leichter Sprache',
  'einer Reha-Fachkraft im Arbeitgeberservice',
  'des Übergangs Schule–Beruf (KAoA-STAR)',
  'eines lokalen Aktionsplans Inklusion',
  'digitaler Angebote nach BITV 2.0',
];
const TARGET = [
  'Menschen mit Schwerbehinderung',
  'junge Menschen unter 25',
  'Rehabilitandinnen und Rehabilitanden',
];
const FUNDING = ['Eingliederungstitel', 'Landesmittel', 'ESF Plus', 'kommunale Mittel'];
const STATUSES: readonly MeasureStatus[] = [
  'geplant',
  'in-umsetzung',
  'in-umsetzung',
  'umgesetzt',
  'umgesetzt',
  'verstetigt',
  'aufgegeben',
];

export const jobcenterOf = (i: number): JobcenterFacts => {
  const random = seeded(1_000_003 * (i + 1));
  const name = `${pick(random, PLACE_KIND)} ${pick(random, PLACE_START)}${pick(random, PLACE_END)} ${String(i).padStart(5, '0')}`;
  return {
    id: `bench-${String(i).padStart(5, '0')}`,
    name,
    type: random() < 0.35 ? 'zkT' : 'gE',
    landschaftsverband: random() < 0.5 ? 'LVR' : 'LWL',
    regierungsbezirk: pick(random, ['D', 'K', 'MS', 'DT', 'AR'] as const),
  };
};

/** 6 sets (one per Handlungsfeld) of 1–3 measures: 2025 from the accession, later years from self-assessments. */
const setsOf = (jobcenter: JobcenterFacts, i: number, year: number): MeasureSet[] => {
  const random = seeded(i * 7919 + year);
  const source: MeasureSet['source'] =
    year === 2025
      ? { kind: 'beitritt', via: pick(random, ['online', 'papier', 'import'] as const), version: 1 }
      : {
          kind: 'selbstbewertung',
          campaignId: `bench-sb-${year}`,
          fragebogen: `sb-${year}`,
          version: 1 + Math.floor(random() * 2),
          receiptNumber: `SB-${year}-${String(i).padStart(5, '0')}`,
        };
  return HANDLUNGSFELDER.map((h) => {
    const catalogue = MEASURE_CATALOGUE.filter((m) => m.hf === h.id);
    const measures = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k): MeasureEntry => {
      const fromCatalogue = random() < 0.4 ? pick(random, catalogue) : undefined;
      const detailed = year === 2027 || random() < 0.3;
      const start = 2018 + Math.floor(random() * (year - 2017));
      return {
        id: `${jobcenter.id}-${h.id}-${k}`,
        titel: fromCatalogue?.titel ?? `${pick(random, ACTION)} ${pick(random, SUBJECT)}`,
        ...(fromCatalogue ? { katalogId: fromCatalogue.id } : {}),
        status: year === 2025 ? 'geplant' : pick(random, STATUSES),
        ...(detailed
          ? {
              beginn: `${start}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`,
              ende: `${start + 1 + Math.floor(random() * 3)}-12`,
              zielgruppe: pick(random, TARGET),
              mittelEuro: 1000 * Math.floor(random() * 200),
              mittelHerkunft: pick(random, FUNDING),
            }
          : {}),
        ...(random() < 0.2
          ? { bemerkung: 'Mit den Trägern abgestimmt, Umsetzung im zweiten Halbjahr.' }
          : {}),
      };
    });
    return {
      jobcenter,
      year,
      hf: h.id,
      source,
      recordedAt: `${year}-03-15T10:00:00.000Z`,
      measures,
    };
  });
};

/**
 * Seeds the read model directly: the items `measureSetPut` writes with an accession or a
 * self-assessment, 25 per BatchWriteItem, `parallel` calls at a time.
 */
export const seedMeasureSets = async (doc: DynamoDBDocumentClient, jobcenters: number, parallel = 4) => {
  function* items() {
    for (let i = 0; i < jobcenters; i++) {
      const jobcenter = jobcenterOf(i);
      for (const year of YEARS)
        for (const set of setsOf(jobcenter, i, year)) yield measureSetPut(TABLE_NAME, set).Put.Item;
    }
  }
  const source = items();
  let written = 0;
  let measures = 0;
  const worker = async () => {
    for (;;) {
      const batch: Record<string, unknown>[] = [];
      while (batch.length < 25) {
        const next = source.next();
        if (next.done) break;
        batch.push(next.value);
        measures += (next.value.measures as unknown[]).length;
      }
      if (!batch.length) return;
      let requests = batch.map((Item) => ({ PutRequest: { Item } }));
      for (let attempt = 0; requests.length; attempt++) {
        const out = await doc.send(new BatchWriteCommand({ RequestItems: { [TABLE_NAME]: requests } }));
        requests = (out.UnprocessedItems?.[TABLE_NAME] ?? []) as typeof requests;
        if (requests.length) await new Promise((r) => setTimeout(r, 50 * 2 ** Math.min(attempt, 5)));
      }
      written += batch.length;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return { sets: written, measures };
};
