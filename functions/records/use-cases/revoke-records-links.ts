import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { NotFoundError } from '../../shared/errors';
import type { AuditStore, Clock, RecordsStore, RegistryStore } from '../../shared/ports';

type Deps = {
  store: Pick<RecordsStore, 'revokeRecordsLinksOf'> &
    Pick<RegistryStore, 'getJobcenter'> &
    Pick<AuditStore, 'putAudit'>;
  clock: Clock;
};

/**
 * MAGS revokes every records link of a Jobcenter ("Unterlagen-Links sperren"), e.g. after a
 * mailbox was compromised or a contact left: from then on each of them, and every session opened
 * with it, gets the answer of a never-issued link. The Jobcenter can ask for a new link at any
 * time (it goes only to its registered contacts). Audited with the count, also when it was none.
 */
export const makeRevokeRecordsLinks =
  ({ store, clock }: Deps) =>
  async (jobcenterId: string, actor: Principal): Promise<{ revoked: number }> => {
    if (!(await store.getJobcenter(jobcenterId)))
      throw new NotFoundError('Dieses Jobcenter ist nicht bekannt.');
    const at = clock.now().toISOString();
    const revoked = await store.revokeRecordsLinksOf(jobcenterId, at);
    await store.putAudit({
      id: randomUUID(),
      at,
      actor: auditActor(actor),
      action: 'records.links-revoked',
      subject: `JOBCENTER#${jobcenterId}`,
      detail: { revoked },
    });
    return { revoked };
  };
