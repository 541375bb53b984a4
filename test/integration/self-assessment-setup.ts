/** Shared setup and form calls of the self-assessment-*.test.ts files (integration, over HTTP). */
import type { SelfAssessmentDraft } from '../../functions/self-assessment/questionnaire/answers';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { DEMO_ACCESSIONS, seedDemoAccessions } from '../../local/demo-accessions';
import { campaignInput } from '../fixtures';
import { startApiHarness } from './api-harness';

export type FormContext = {
  fragebogen: string;
  draft: { answers: SelfAssessmentDraft; version: number } | null;
  selfAssessment: { basis: Basis; prefill: SelfAssessmentDraft } | null;
};

export const SB_2026 = questionnaire('sb-2026');
export const SB_2027 = questionnaire('sb-2027');
export const DUESSELDORF_MEASURES =
  DEMO_ACCESSIONS.find((a) => a.jobcenterId === 'duesseldorf')?.measures ?? [];

export type ApiHarness = Awaited<ReturnType<typeof startApiHarness>>;

/** A self-assessment campaign to the given Jobcenters (the server admits only acceded ones). */
export const selfAssessmentCampaign = (subject: string, fragebogen: string, jobcenterIds: string[]) => ({
  ...campaignInput(subject),
  kind: 'selbstbewertung',
  title: questionnaire(fragebogen).title,
  fragebogen,
  recipients: { mode: 'auswahl', jobcenterIds },
});

/** The Jobcenter's form calls (read, save a draft, submit) on the harness `harness()` returns. */
export const formHelpers = (harness: () => ApiHarness) => ({
  form: async (s: string) => (await (await harness().api('/api/form', { session: s })).json()) as FormContext,
  save: (s: string, version: number, answers: unknown) =>
    harness().api('/api/form/draft', {
      method: 'PUT',
      session: s,
      body: JSON.stringify({ version, answers }),
    }),
  submit: (s: string, draftVersion: number) =>
    harness().api('/api/form/submit', { method: 'POST', session: s, body: JSON.stringify({ draftVersion }) }),
});

/**
 * The setup of the self-assessment-*.test.ts files: the API on a fresh table with the demo
 * accessions, a 2026 self-assessment campaign launched to Düsseldorf, Bonn and Essen, and
 * Düsseldorf's form session.
 */
export const startWithCampaign2026 = async (subject2026: string) => {
  const h = await startApiHarness();
  await seedDemoAccessions(h.store);
  // Essen has not acceded: a self-assessment never reaches it, whatever the selection says.
  const campaign2026 = await h.launch(
    selfAssessmentCampaign(subject2026, 'sb-2026', ['duesseldorf', 'bonn', 'essen']),
    subject2026,
  );
  const session = await h.openSession(campaign2026.tokens.get('duesseldorf'));
  return { h, campaign2026, session };
};
