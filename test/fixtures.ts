import type { CampaignInput } from '../functions/campaigns/campaign';
import type { Invitation } from '../functions/campaigns/invitation';
import type { AccessionAnswers } from '../functions/questionnaire/accession-form';
import { ReminderPolicy } from '../functions/reminders/policy';
import type { SelfAssessmentDraft } from '../functions/self-assessment/questionnaire/answers';
import type { Basis } from '../functions/self-assessment/questionnaire/basis';
import type { MeasureStatus, Questionnaire } from '../functions/self-assessment/questionnaire/definition';
import { SB_2026 } from '../functions/self-assessment/questionnaire/sb-2026';

/** A valid accession campaign; a unique subject lets a test find its own mails in the shared emulator. */
export const campaignInput = (subject: string): CampaignInput => ({
  kind: 'beitritt',
  title: 'Beitritt zur Rahmenvereinbarung Inklusion',
  deadline: '2027-03-31',
  senderName: 'MAGS NRW',
  senderEmail: 'inklusion@mags.example.org',
  replyTo: 'inklusion@mags.example.org',
  letter: { subject, body: 'Sehr geehrte Damen und Herren,\n\nwir laden Sie zum Beitritt ein.' },
  recipients: { mode: 'alle-offenen' },
  graceDays: 14,
  reminders: ReminderPolicy.parse({}),
});

/** A complete, valid Beitrittserklärung for a Jobcenter with these Träger. */
export const validAnswers = (traeger: { kind: 'agentur' | 'kommune'; name: string }[]): AccessionAnswers => ({
  geschaeftsfuehrung: { name: 'Dr. Maria Beispiel', funktion: 'Geschäftsführerin' },
  traegerZustimmungen: traeger.map((t) => ({
    kind: t.kind,
    traeger: t.name,
    gremium: 'Trägerversammlung',
    zugestimmtAm: '2026-11-10',
  })),
  inklusionsKontakt: {
    bezeichnung: 'Team Inklusion',
    email: 'inklusion@jobcenter.example.org',
    istFunktionspostfach: true,
  },
  ausgangslage: {
    hf1: 'Leitbild vorhanden.',
    hf2: 'Zwei von fünf Standorten barrierefrei.',
    hf3: 'Schulungen begonnen.',
    hf4: 'Arbeitgeberservice sensibilisiert.',
    hf5: 'Kooperation mit Schulen.',
    hf6: 'Netzwerk im Aufbau.',
  },
  massnahmen: [
    {
      id: 'm-standorte-0001',
      handlungsfeld: 'hf2',
      katalogId: 'hf2-standortpruefung',
      titel: 'Prüfung aller Standorte auf barrierefreien Zugang',
      beginn: '2027-01',
      ende: '2027-12',
    },
    {
      id: 'm-freitext-0002',
      handlungsfeld: 'hf6',
      titel: 'Inklusionstag mit <b>Partnern</b>',
      beschreibung: '<script>alert(1)</script>',
      beginn: '2027-05',
      ende: '2027-05',
    },
  ],
  nrwInklusiv: true,
  veroeffentlichung: true,
  unterzeichnung: { name: 'Dr. Maria Beispiel', ort: 'Düsseldorf', datum: '2026-11-20' },
});

/**
 * A complete self-assessment draft for a questionnaire and a Jobcenter's basis: every carried
 * measure with a status, every indicator, every required question, a rating, all six sections
 * marked as done. `status` and `rating` let a test vary the answers per year.
 */
export const completeSelfAssessment = (
  q: Questionnaire,
  basis: Pick<Basis, 'measures'>,
  vary: { status?: MeasureStatus; rating?: number; indicator?: number; text?: string } = {},
): SelfAssessmentDraft => ({
  fragebogen: q.version,
  abschnitte: Object.fromEntries(
    q.sections.map((s) => [
      s.hf,
      {
        massnahmen: basis.measures
          .filter((m) => m.hf === s.hf)
          .map((m) => ({ id: m.id, titel: m.titel, status: vary.status ?? 'in-umsetzung' })),
        neueMassnahmen: [],
        kennzahlen: Object.fromEntries(s.indicators.map((i, n) => [i.id, (vary.indicator ?? 10) + n])),
        antworten: Object.fromEntries(
          s.questions
            .filter((x) => x.required)
            .map((x) => [x.id, `${vary.text ?? 'Angabe'} ${s.hf} ${x.id}`]),
        ),
        bewertung: vary.rating ?? 3,
        unveraendert: [],
      },
    ]),
  ),
  erledigt: q.sections.map((s) => s.hf),
});

/** Invitation `i` of a bulk test: a made-up Jobcenter `jc-<i>`, queued, nothing sent yet. */
export const queuedInvitation = (campaignId: string, i: number, queuedAt: string): Invitation => ({
  campaignId,
  jobcenterId: `jc-${i}`,
  jobcenterName: `Jobcenter ${i}`,
  delivery: 'queued',
  progress: 'none',
  sendKey: 'invitation#1',
  sendCount: 0,
  queuedAt,
  activeLinks: [],
  version: 1,
});

/**
 * The largest self-assessment draft of SB 2026 its schema allows: every text at its maximum length,
 * written with `char` (`€` takes 3 bytes in UTF-8, `ä` 2), every measure slot used.
 */
export const largestSelfAssessment = (char: string, extra: { bewertung?: number } = {}) => ({
  fragebogen: 'sb-2026',
  abschnitte: Object.fromEntries(
    SB_2026.sections.map((section) => [
      section.hf,
      {
        neueMassnahmen: Array.from({ length: SB_2026.maxNewMeasures }, (_, i) => ({
          id: `gross-${section.hf}-${String(i).padStart(3, '0')}`,
          titel: char.repeat(200),
          beschreibung: char.repeat(1000),
          status: 'geplant',
        })),
        antworten: Object.fromEntries(section.questions.map((q) => [q.id, char.repeat(q.maxLength)])),
        ...extra,
      },
    ]),
  ),
});
