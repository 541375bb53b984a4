import type { SelfAssessmentDraft } from '../../functions/self-assessment/questionnaire/answers';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { type BrowserEnv, callApiOk, launchCampaign, openFormSession } from './helpers';

/**
 * Self-assessments seeded through the real API for browser tests of the evaluation pages: staff
 * create and launch the campaign, the Jobcenter opens its personal link from the SES emulator,
 * saves a draft and submits, as the form does.
 */

type Receipt = { version: number; receiptNumber: string };

/** A self-assessment campaign created and launched through the API; waits for the mails. */
export const launchSelfAssessment = (env: BrowserEnv, fragebogen: string, jobcenterIds: string[]) =>
  launchCampaign(
    env,
    jobcenterIds,
    `Selbstbewertung ${fragebogen} ${Date.now()}`,
    { kind: 'selbstbewertung', fragebogen, title: questionnaire(fragebogen).title },
    'Sehr geehrte Damen und Herren,\n\nbitte um Ihre Selbstbewertung.',
  );

/** The Jobcenter's side, as the form does it: personal link → session → basis → draft → submit. */
export async function openForm(env: BrowserEnv, jobcenterId: string, subject: string) {
  const sessionToken = await openFormSession(env, jobcenterId, subject);
  const context = await callApiOk<{
    draft: { version: number } | null;
    selfAssessment: { basis: Basis } | null;
  }>(env, 'GET', '/api/form', sessionToken);
  if (!context.selfAssessment) throw new Error('the form has no self-assessment basis');
  let draftVersion = context.draft?.version ?? 0;
  return {
    basis: context.selfAssessment.basis,
    /** Whether the basis holds last year's answers. */
    previous: context.selfAssessment.basis.previous !== null,
    /** Saves the answers as the next draft and submits them; may be called again for a new version. */
    async submit(answers: SelfAssessmentDraft): Promise<Receipt> {
      const saved = await callApiOk<{ version: number }>(env, 'PUT', '/api/form/draft', sessionToken, {
        version: draftVersion,
        answers,
      });
      draftVersion = saved.version;
      return callApiOk<Receipt>(env, 'POST', '/api/form/submit', sessionToken, { draftVersion });
    },
  };
}
