import type { HandlungsfeldId } from '../../functions/questionnaire/handlungsfelder';
import { questionnaire } from '../../functions/self-assessment/questionnaire/versions';
import { type BrowserEnv, launchCampaign, startBrowserEnv } from './helpers';

/**
 * The setup of the self-assessment browser tests: the whole local system with the demo accessions
 * (Düsseldorf acceded with one measure per Handlungsfeld, Bonn with measures in HF 2 and 6) and a
 * 2026 self-assessment launched to Düsseldorf and Bonn.
 */
export const SB = questionnaire('sb-2026');
export const field = (hf: HandlungsfeldId, path: string) => `f-abschnitte-${hf}-${path.replace(/\./g, '-')}`;

export const startSelfAssessmentEnv = async (): Promise<{ env: BrowserEnv; subject: string }> => {
  const env = await startBrowserEnv({ demo: true });
  const { subject } = await launchCampaign(env, ['duesseldorf', 'bonn'], `Selbstbewertung ${Date.now()}`, {
    kind: 'selbstbewertung',
    fragebogen: 'sb-2026',
    title: 'Selbstbewertung 2026',
  });
  return { env, subject };
};
