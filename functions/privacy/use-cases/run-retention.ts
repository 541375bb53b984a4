import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../shared/audit';
import type { AuditStore, CampaignStore, Clock, RetentionStore, SchedulerStore } from '../../shared/ports';
import type { DataClassId } from '../retention-policy';
import { RETAINED_ENTITIES, retentionVerdict } from '../retention-rules';
import { applyVerdicts, carryOutVerdict } from './apply-verdicts';

export const RETENTION_JOB = 'retention';

type Deps = {
  store: Pick<CampaignStore, 'listCampaigns'> &
    RetentionStore &
    Pick<AuditStore, 'putAudit'> &
    Pick<SchedulerStore, 'recordSchedulerRun'>;
  clock: Clock;
};

export type RetentionCounts = Partial<Record<`${DataClassId}.${'deleted' | 'anonymised'}`, number>>;

/**
 * The daily retention run: reads the items that hold personal data with a period
 * (functions/privacy/retention-policy.ts) page by page and deletes or anonymises what is due.
 * Idempotent: a verdict is returned only while work is left, and every write is conditional on
 * the item still existing, so a rerun (or a retry after a crash) does nothing twice. The run is
 * audited with its counts, never with the data it removed.
 */
export const makeRunRetention =
  ({ store, clock }: Deps) =>
  async (): Promise<{ at: string; examined: number; counts: RetentionCounts }> => {
    const now = clock.now();
    const closedAt = new Map((await store.listCampaigns()).map((c) => [c.id, c.closedAt]));
    const ctx = { now, campaignClosedAt: (id: string) => closedAt.get(id) };
    const { counts, examined } = (await applyVerdicts(
      store.retainedItems(RETAINED_ENTITIES),
      carryOutVerdict(store, (item) => retentionVerdict(item, ctx)),
      'anonymised',
    )) as { counts: RetentionCounts; examined: number };
    const at = now.toISOString();
    if (Object.keys(counts).length > 0)
      await store.putAudit({
        id: randomUUID(),
        at,
        actor: SYSTEM_ACTOR,
        action: 'retention.applied',
        subject: 'RETENTION',
        detail: { counts, examined },
      });
    await store.recordSchedulerRun(RETENTION_JOB, at);
    return { at, examined, counts };
  };
