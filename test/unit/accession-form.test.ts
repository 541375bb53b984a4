import { describe, expect, it } from 'vitest';
import { AccessionDraft } from '../../functions/questionnaire/accession-draft';
import { AccessionAnswers, accessionContextErrors } from '../../functions/questionnaire/accession-form';
import { ACCESSION_PAGES, fieldText, summaryLabel } from '../../functions/questionnaire/accession-pages';
import { HANDLUNGSFELDER } from '../../functions/questionnaire/handlungsfelder';
import { MEASURE_CATALOGUE } from '../../functions/questionnaire/measure-catalogue';
import { validAnswers } from '../fixtures';

const ge = [
  { kind: 'agentur' as const, name: 'Agentur für Arbeit Düsseldorf' },
  { kind: 'kommune' as const, name: 'Stadt Düsseldorf' },
];

describe('Beitrittserklärung schema (one source for browser and API)', () => {
  it('accepts a complete declaration', () => {
    expect(AccessionAnswers.safeParse(validAnswers(ge)).success).toBe(true);
  });

  it('accepts any partial draft with the same types, but not unknown fields', () => {
    expect(AccessionDraft.safeParse({}).success).toBe(true);
    expect(AccessionDraft.safeParse({ geschaeftsfuehrung: { name: '' } }).success).toBe(true);
    expect(AccessionDraft.safeParse({ massnahmen: [{ id: 'abcdefgh-1234' }] }).success).toBe(true);
    expect(AccessionDraft.safeParse({ geschaeftsfuehrung: { name: 5 } }).success).toBe(false);
    expect(AccessionDraft.safeParse({ admin: true }).success).toBe(false);
    expect(AccessionDraft.safeParse({ massnahmen: [{ id: 'x' }] }).success).toBe(false);
  });

  it('names each missing or wrong field', () => {
    const answers = validAnswers(ge);
    const broken = {
      ...answers,
      geschaeftsfuehrung: { name: '  ', funktion: 'GF' },
      massnahmen: [{ ...answers.massnahmen[0], ende: '2026-01', katalogId: 'hf4-reha-fachkraft' }],
      nrwInklusiv: false,
    };
    const result = AccessionAnswers.safeParse(broken);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'geschaeftsfuehrung.name',
        'massnahmen.0.ende',
        'massnahmen.0.katalogId',
        'nrwInklusiv',
      ]),
    );
  });

  it('requires one consent per Träger of the Jobcenter and no dates in the future', () => {
    const answers = validAnswers(ge);
    expect(accessionContextErrors(answers, { traeger: ge, today: '2026-12-01' })).toEqual([]);
    const zkt = [{ kind: 'kommune' as const, name: 'Stadt Essen' }];
    expect(accessionContextErrors(answers, { traeger: zkt, today: '2026-12-01' })).toEqual([
      { field: 'traegerZustimmungen', message: expect.stringContaining('kommunalen') },
    ]);
    expect(accessionContextErrors(answers, { traeger: ge, today: '2026-11-15' })).toEqual([
      { field: 'unterzeichnung.datum', message: 'Das Datum liegt in der Zukunft.' },
    ]);
  });

  it('has six Handlungsfelder and a catalogue entry for each', () => {
    expect(HANDLUNGSFELDER.map((h) => h.nummer)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const h of HANDLUNGSFELDER) expect(MEASURE_CATALOGUE.some((m) => m.hf === h.id)).toBe(true);
    expect(new Set(MEASURE_CATALOGUE.map((m) => m.id)).size).toBe(MEASURE_CATALOGUE.length);
  });
});

describe('Beitrittserklärung pages (declared once beside the schema)', () => {
  it('gives every field of every page a text, and every schema part a page', () => {
    const asked = ACCESSION_PAGES.flatMap((p) => [...p.keys]);
    expect(asked.sort()).toEqual(Object.keys(AccessionAnswers.shape).sort());
    const leaves = (schema: unknown): string[] => {
      const s = schema as { shape?: object; element?: { shape?: object; def?: { in?: { shape?: object } } } };
      const shape = s.shape ?? s.element?.shape ?? s.element?.def?.in?.shape;
      return shape ? Object.keys(shape) : [];
    };
    for (const key of [
      'geschaeftsfuehrung',
      'traegerZustimmungen',
      'inklusionsKontakt',
      'unterzeichnung',
    ] as const)
      for (const leaf of leaves(AccessionAnswers.shape[key]))
        expect(fieldText(key, leaf as never).label, `${key}.${leaf}`).not.toBe('');
    for (const leaf of ['id', 'handlungsfeld', 'katalogId', 'titel', 'beschreibung', 'beginn', 'ende'])
      expect(fieldText('massnahmen', leaf as never).label).not.toBe('');
  });

  it('names the phone number the same on the page and once answered', () => {
    expect(fieldText('inklusionsKontakt', 'telefon').label).toBe('Telefonnummer');
    expect(summaryLabel('inklusionsKontakt', 'telefon')).toBe('Telefonnummer');
  });
});
