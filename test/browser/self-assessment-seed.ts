import type { SelfAssessmentDraft } from '../../functions/self-assessment/questionnaire/answers';
import type { Basis } from '../../functions/self-assessment/questionnaire/basis';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { type BrowserEnv, callApiOk, isoDay, personalLink, staffToken } from './helpers';

/**
 * Self-assessments seeded through the real API for browser tests of the evaluation pages: staff
 * create and launch the campaign, the Jobcenter opens its personal link from the SES emulator,
 * saves a draft and submits, as the form does.
 */

type Receipt = { version: number; receiptNumber: string };

/** A self-assessment campaign created and launched through the API; waits for the mails. */
export async function launchSelfAssessment(env: BrowserEnv, fragebogen: string, jobcenterIds: string[]) {
  const bearer = await staffToken(env.app, env.staff);
  const subject = `Selbstbewertung ${fragebogen} ${Date.now()}`;
  const { id } = await callApiOk<{ id: string }>(env, 'POST', '/api/campaigns', bearer, {
    kind: 'selbstbewertung',
    fragebogen,
    title: questionnaire(fragebogen).title,
    deadline: isoDay(60),
    senderName: 'MAGS NRW, Referat II A 3',
    senderEmail: 'inklusion@mags.example.org',
    replyTo: 'inklusion@mags.example.org',
    letter: { subject, body: 'Sehr geehrte Damen und Herren,\n\nbitte um Ihre Selbstbewertung.' },
    recipients: { mode: 'auswahl', jobcenterIds },
  });
  await callApiOk(env, 'POST', `/api/campaigns/${id}/launch`, bearer, {});
  await env.system.queueIdle();
  return { id, subject };
}

/** The Jobcenter's side, as the form does it: personal link → session → basis → draft → submit. */
export async function openForm(env: BrowserEnv, jobcenterId: string, subject: string) {
  const link = await personalLink(env, jobcenterId, subject);
  const token = /#t=([^&]+)/.exec(link)?.[1];
  const { sessionToken } = await callApiOk<{ sessionToken: string }>(
    env,
    'POST',
    '/api/form/session',
    undefined,
    {
      token,
    },
  );
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
