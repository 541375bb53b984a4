import { describe, expect, it } from 'vitest';
import {
  campaignErrorsOf,
  campaignSummary,
  DEFAULT_LETTER,
  DEFAULT_TITLE,
  defaultQuestionnaire,
  describeRecipients,
  initialCampaignValues,
  selfAssessmentLetter,
  toCampaignInput,
  validateCampaign,
  withKind,
} from '../../web/src/flows/campaign-form';

/** The "Neue Kampagne" form (web): kind and questionnaire, default texts, recipients, errors. */
const filled = () => ({
  ...initialCampaignValues(),
  deadline: '2027-01-31',
  senderName: 'MAGS NRW',
  replyTo: 'inklusion@mags.example.org',
});

describe('new campaign form', () => {
  it('picks the questionnaire of the year, or the newest before it', () => {
    expect(defaultQuestionnaire(new Date('2026-11-23T12:00:00Z'))).toBe('sb-2026');
    expect(defaultQuestionnaire(new Date('2027-02-01T12:00:00Z'))).toBe('sb-2027');
    expect(defaultQuestionnaire(new Date('2031-02-01T12:00:00Z'))).toBe('sb-2027');
    expect(defaultQuestionnaire(new Date('2020-02-01T12:00:00Z'))).toBe('sb-2026');
  });

  it("promises last year's answers in the self-assessment letter only when there is a previous year", () => {
    expect(selfAssessmentLetter('sb-2026')).not.toContain('Vorjahr');
    expect(selfAssessmentLetter('sb-2026')).toContain('die Maßnahmen aus Ihrer Beitrittserklärung');
    expect(selfAssessmentLetter('sb-2027')).toContain('Ihre Angaben aus dem Vorjahr bereits eingetragen');
  });

  it('switches texts still at their defaults and the recipients with the kind', () => {
    const v = withKind({ ...initialCampaignValues(), fragebogen: 'sb-2026' }, { kind: 'selbstbewertung' });
    expect(v.title).toBe('Selbstbewertung 2026');
    expect(v.subject).toBe('Bitte um Ihre Selbstbewertung 2026 zur Rahmenvereinbarung Inklusion');
    expect(v.body).toContain('Ihre Selbstbewertung 2026');
    expect(v.mode).toBe('alle-beigetretenen');

    const year = withKind(v, { fragebogen: 'sb-2027' });
    expect(year.title).toBe('Selbstbewertung 2027');
    expect(year.body).toContain('Ihre Selbstbewertung 2027');

    const back = withKind(year, { kind: 'beitritt' });
    expect(back.title).toBe(DEFAULT_TITLE);
    expect(back.body).toBe(DEFAULT_LETTER);
    expect(back.mode).toBe('alle-offenen');
  });

  it('keeps edited texts and a filter when the kind changes', () => {
    const edited = { ...initialCampaignValues(), title: 'Eigener Titel', mode: 'filter' as const };
    const v = withKind(edited, { kind: 'selbstbewertung' });
    expect(v.title).toBe('Eigener Titel');
    expect(v.mode).toBe('filter');
    expect(v.body).not.toBe(DEFAULT_LETTER);
  });

  it('sends the questionnaire with a self-assessment only', () => {
    const sb = withKind({ ...filled(), fragebogen: 'sb-2026' }, { kind: 'selbstbewertung' });
    expect(toCampaignInput(sb)).toMatchObject({
      kind: 'selbstbewertung',
      fragebogen: 'sb-2026',
      recipients: { mode: 'alle-beigetretenen' },
    });
    expect(toCampaignInput(filled())).not.toHaveProperty('fragebogen');
    expect(validateCampaign(sb).ok).toBe(true);
  });

  it('asks for the questionnaire and links server errors to the fields', () => {
    const sb = withKind({ ...filled(), fragebogen: '' }, { kind: 'selbstbewertung' });
    const checked = validateCampaign(sb);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(campaignSummary(checked.errors)).toEqual([
      { text: 'Fragebogen: Bitte den Fragebogen (Jahr) der Selbstbewertung wählen.', href: '#k-fragebogen' },
    ]);
    const server = campaignErrorsOf([
      { field: 'fragebogen', message: 'Bitte den Fragebogen (Jahr) der Selbstbewertung wählen.' },
      { field: 'recipients', message: 'Die Selbstbewertung richtet sich an beigetretene Jobcenter.' },
    ]);
    expect(campaignSummary(server).map((e) => e.href)).toEqual(['#k-fragebogen', '#k-empfaenger']);
  });

  it('describes the recipients of a self-assessment', () => {
    expect(describeRecipients({ mode: 'alle-beigetretenen' }, 'selbstbewertung')).toBe(
      'Alle beigetretenen Jobcenter',
    );
    expect(describeRecipients({ mode: 'filter', type: 'zkT' }, 'selbstbewertung')).toBe(
      'Nach Filter: Typ zkT (zugelassener kommunaler Träger); davon nur die beigetretenen',
    );
    expect(describeRecipients({ mode: 'filter', type: 'zkT' })).toBe(
      'Nach Filter: Typ zkT (zugelassener kommunaler Träger)',
    );
  });
});
