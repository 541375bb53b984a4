import type { CampaignKind } from '../../campaigns/campaign';
import type { Session } from '../records';
import { loadForSubmit, type SubmitContext, type SubmitStore } from './submission-steps';

type Receipt = { version: number; receiptNumber: string; contentHash: string; submittedAt: string };

/** Submit of any form: the shared checks first, then the campaign kind's own validation and mail. */
export const makeSubmit =
  ({
    store,
    byKind,
  }: {
    store: SubmitStore;
    byKind: Record<CampaignKind, (ctx: SubmitContext) => Promise<Receipt>>;
  }) =>
  async (session: Session, draftVersion: number): Promise<Receipt> => {
    const ctx = await loadForSubmit(store, session, draftVersion);
    return byKind[ctx.campaign.kind](ctx);
  };
