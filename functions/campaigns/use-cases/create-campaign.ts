import { randomUUID } from 'node:crypto';
import type { Principal } from '../../auth/principal';
import { berlinDate } from '../../shared/berlin-day';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors';
import type { CampaignStore, Clock } from '../../shared/ports';
import type { Campaign, CampaignInput } from '../campaign';

type Deps = { store: Pick<CampaignStore, 'putCampaign' | 'getCampaign'>; clock: Clock };

/** Rules a campaign draft must meet beyond its schema: deadline ahead, questionnaire fits the kind. */
const checkInput = (input: CampaignInput, deps: Deps) => {
  const errors = [];
  if (input.deadline <= berlinDate(deps.clock.now()))
    errors.push({ field: 'deadline', message: 'Die Frist muss in der Zukunft liegen.' });
  if (input.kind === 'selbstbewertung' && !input.fragebogen)
    errors.push({ field: 'fragebogen', message: 'Bitte den Fragebogen (Jahr) der Selbstbewertung wählen.' });
  if (input.kind === 'beitritt' && input.fragebogen)
    errors.push({ field: 'fragebogen', message: 'Eine Beitrittskampagne hat keinen Fragebogen.' });
  if (input.kind === 'selbstbewertung' && input.recipients.mode === 'alle-offenen')
    errors.push({
      field: 'recipients',
      message:
        'Die Selbstbewertung richtet sich an beigetretene Jobcenter. Bitte eine andere Auswahl treffen.',
    });
  if (errors.length) throw new ValidationError(errors);
};

/** `senderEmail` is no longer used (every mail goes out from MAIL_FROM): not stored for new drafts. */
const withoutSenderEmail = ({ senderEmail: _ignored, ...rest }: CampaignInput): CampaignInput => rest;

export const makeCreateCampaign = (deps: Deps) => async (input: CampaignInput, actor: Principal) => {
  checkInput(input, deps);
  const campaign: Campaign = {
    ...withoutSenderEmail(input),
    id: randomUUID(),
    status: 'draft',
    createdAt: deps.clock.now().toISOString(),
    createdBy: actor.email ?? actor.sub,
    version: 1,
  };
  await deps.store.putCampaign(campaign);
  return campaign;
};

/** Only a draft campaign can be edited; the version guards against two editors. */
export const makeUpdateCampaign =
  (deps: Deps) => async (id: string, input: CampaignInput, expectedVersion: number) => {
    const current = await deps.store.getCampaign(id);
    if (!current) throw new NotFoundError('Diese Kampagne gibt es nicht.');
    if (current.status !== 'draft')
      throw new ConflictError('Eine gestartete Kampagne kann nicht mehr bearbeitet werden.');
    checkInput(input, deps);
    const { senderEmail: _stored, ...kept } = current;
    const next: Campaign = { ...kept, ...withoutSenderEmail(input), version: expectedVersion + 1 };
    await deps.store.putCampaign(next, expectedVersion);
    return next;
  };
