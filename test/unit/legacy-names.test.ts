import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Campaign } from '../../functions/campaigns/campaign';
import { canonicalJson, contentHash } from '../../functions/forms/receipt';
import { toCampaign } from '../../functions/store/campaign-store';
import { StoredDraft, StoredSubmission } from '../../functions/store/legacy-names';
import {
  StoredAssessmentResult,
  StoredAssessmentTexts,
  StoredMeasureSet,
} from '../../functions/store/legacy-report-names';
import { campaignInput } from '../fixtures';

/**
 * Items written before the naming rule (docs/architecture.md, "Naming") read with today's names
 * (functions/store/legacy-names.ts); items in today's shape read unchanged.
 */
const storedCampaign = (status: string) => ({
  pk: 'CAMPAIGN#c-legacy',
  sk: 'META',
  listKind: 'CAMPAIGN',
  ...campaignInput('Alt'),
  id: 'c-legacy',
  status,
  createdAt: '2026-01-05T09:00:00.000Z',
  createdBy: 'referat@mags.example.org',
  version: 2,
});

describe('legacy campaign items', () => {
  it.each([
    ['entwurf', 'draft'],
    ['gestartet', 'launched'],
    ['geschlossen', 'closed'],
  ])('read the German status %s as %s', (old, now) => {
    expect(toCampaign(storedCampaign(old)).status).toBe(now);
  });

  it('read today’s status as it is and refuse an unknown one', () => {
    expect(toCampaign(storedCampaign('launched')).status).toBe('launched');
    expect(() => toCampaign(storedCampaign('laufend'))).toThrow();
  });

  it('are not accepted by the API schema in the old shape', () => {
    expect(Campaign.safeParse({ ...storedCampaign('gestartet'), pk: undefined }).success).toBe(false);
  });
});

const submission = {
  campaignId: 'c-legacy',
  jobcenterId: 'bonn',
  version: 1,
  answers: { fragebogen: 'sb-2026' },
  submittedAt: '2026-05-04T08:00:00.000Z',
  receiptNumber: 'SB-2026-BONN-1',
  contentHash: 'f'.repeat(64),
};
const jobcenter = { id: 'bonn', name: 'Bonn', type: 'gE', landschaftsverband: 'LVR', regierungsbezirk: 'K' };
const perHf = <T>(value: T) =>
  Object.fromEntries(['hf1', 'hf2', 'hf3', 'hf4', 'hf5', 'hf6'].map((hf) => [hf, value]));
const source = {
  campaignId: 'c-legacy',
  version: 1,
  receiptNumber: 'SB-2026-BONN-1',
  submittedAt: '2026-05-04T08:00:00.000Z',
};

describe('legacy drafts and submissions', () => {
  it('read formVersion as fragebogen', () => {
    const stored = { ...submission, formVersion: 'sb-2026' };
    const read = StoredSubmission.parse(stored);
    expect(read.fragebogen).toBe('sb-2026');
    expect(read).not.toHaveProperty('formVersion');
    const draft = StoredDraft.parse({
      campaignId: 'c-legacy',
      jobcenterId: 'bonn',
      formVersion: 'beitritt-2026',
      answers: {},
      version: 3,
      updatedAt: '2026-05-04T08:00:00.000Z',
    });
    expect(draft.fragebogen).toBe('beitritt-2026');
  });

  it('read today’s shape unchanged, and today’s name wins over a leftover old one', () => {
    expect(StoredSubmission.parse({ ...submission, fragebogen: 'sb-2027' }).fragebogen).toBe('sb-2027');
    expect(
      StoredSubmission.parse({ ...submission, fragebogen: 'sb-2027', formVersion: 'sb-2026' }).fragebogen,
    ).toBe('sb-2027');
  });

  it('keep the receipt checksum of the old format', () => {
    const content = { campaignId: 'c', jobcenterId: 'bonn', version: 2, answers: { a: 1 } };
    const before = createHash('sha256')
      .update(canonicalJson({ ...content, formVersion: 'sb-2026' }))
      .digest('hex');
    expect(contentHash({ ...content, fragebogen: 'sb-2026' })).toBe(before);
  });
});

describe('legacy read-model items', () => {
  it('read questionnaireVersion as fragebogen in a measure set’s source', () => {
    const set = StoredMeasureSet.parse({
      jobcenter,
      year: 2026,
      hf: 'hf1',
      source: { kind: 'selbstbewertung', ...source, questionnaireVersion: 'sb-2026' },
      recordedAt: '2026-05-04T08:00:00.000Z',
      measures: [],
    });
    expect(set.source).toMatchObject({ kind: 'selbstbewertung', fragebogen: 'sb-2026' });
    expect(set.source).not.toHaveProperty('questionnaireVersion');
  });

  it('read questionnaireVersion as fragebogen in results and texts', () => {
    const result = StoredAssessmentResult.parse({
      ...source,
      questionnaireVersion: 'sb-2026',
      jobcenter,
      year: 2026,
      bewertung: perHf(3),
      kennzahlen: perHf({}),
      massnahmen: perHf({ geplant: 1, 'in-umsetzung': 0, umgesetzt: 0, verstetigt: 0, aufgegeben: 0 }),
    });
    expect(result.fragebogen).toBe('sb-2026');
    const texts = StoredAssessmentTexts.parse({
      ...source,
      questionnaireVersion: 'sb-2026',
      jobcenter,
      year: 2026,
      antworten: perHf({}),
    });
    expect(texts.fragebogen).toBe('sb-2026');
  });
});
