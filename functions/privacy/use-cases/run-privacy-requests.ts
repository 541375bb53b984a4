import { SYSTEM_ACTOR } from '../../shared/audit';
import { ConflictError } from '../../shared/errors';
import type { Clock, PrivacyRequestStore, RetentionStore } from '../../shared/ports';
import { keys } from '../../store/table-design';
import { erasureVerdict, findOccurrences, pseudonyms } from '../erasure-rules';
import { type Finding, MAX_FINDINGS, type PrivacyRequest } from '../privacy-request';
import type { RetainedItem } from '../retention-rules';
import { applyVerdicts } from './apply-verdicts';
import { privacyAudit } from './privacy-requests';

export const PRIVACY_JOB = 'privacyRequests';

type Deps = {
  store: PrivacyRequestStore & Pick<RetentionStore, 'deleteRetained' | 'rewriteIfUnchanged'>;
  clock: Clock;
};

/** How often one item is read again after a concurrent change before the run gives up (and retries later). */
export const ERASURE_ATTEMPTS = 5;

/** An item kept changing while it was being erased: the run fails, the request stays `erasing`, the next run retries. */
export class ErasureConflictError extends Error {
  override readonly name = 'ErasureConflictError';
}

/** The pseudonym token of a request: from its id, never from the address (no dictionary lookup). */
export const requestToken = (id: string) => id.replaceAll('-', '').slice(0, 8);

/**
 * Erases `address` everywhere but in the request item `exceptPk`: deletes what exists only for it,
 * pseudonymises the rest, keeps ministry records with a role. Returns counts per data class.
 * A rewrite applies only if the item is unchanged since it was read; after a concurrent change
 * the item is read again and decided anew (at most ERASURE_ATTEMPTS times, then the run fails and
 * the job retries it), so nothing written meanwhile is lost and no address is left behind.
 * Idempotent: a second run finds the address nowhere and changes nothing.
 */
export const makeEraseEverywhere =
  ({ store }: Pick<Deps, 'store'>) =>
  async (address: string, token: string, exceptPk?: string) => {
    const p = pseudonyms(token);
    /** The verdict carried out on the item (as it is now), or undefined when nothing was left to do. */
    const erase = async (read: RetainedItem) => {
      if (read.pk === exceptPk) return undefined;
      let item: RetainedItem | undefined = read;
      for (let attempt = 1; item; attempt++) {
        const verdict = erasureVerdict(item, address, p);
        if (!verdict) return undefined;
        if (verdict.action === 'delete') return (await store.deleteRetained(item)) ? verdict : undefined;
        if (await store.rewriteIfUnchanged(item, verdict.set)) return verdict;
        if (attempt >= ERASURE_ATTEMPTS)
          throw new ErasureConflictError(`item ${item.pk}/${item.sk} kept changing during the erasure`);
        [item] = await store.getItems([{ pk: item.pk, sk: item.sk }]);
      }
      return undefined;
    };
    return applyVerdicts(store.allItems(), erase, 'pseudonymised');
  };

const search = async (store: Deps['store'], address: string, exceptPk: string) => {
  const findings: Finding[] = [];
  let total = 0;
  let examined = 0;
  for await (const page of store.allItems()) {
    for (const item of page) {
      examined += 1;
      if (item.pk === exceptPk) continue;
      const found = findOccurrences(item, address);
      total += found.length;
      findings.push(...found.slice(0, Math.max(0, MAX_FINDINGS - findings.length)));
    }
  }
  return { findings, total, examined };
};

/**
 * The job behind access and erasure requests (EventBridge Scheduler in AWS, the local ticker
 * locally): every request waiting for a search gets its findings, every confirmed erasure is
 * carried out and then the address is dropped from the request too. Each step is recorded with
 * its audit event (counts and reason, never the address). A retry after a crash repeats only
 * what was not recorded yet; the erasure itself is idempotent.
 */
export const makeRunPrivacyRequests = ({ store, clock }: Deps) => {
  const eraseEverywhere = makeEraseEverywhere({ store });

  const searchOne = async (r: PrivacyRequest, address: string, self: string) => {
    const { findings, total, examined } = await search(store, address, self);
    const at = clock.now().toISOString();
    const next: PrivacyRequest = {
      ...r,
      status: 'found',
      searchedAt: at,
      findings,
      findingsTotal: total,
      examined,
      version: r.version + 1,
    };
    await store.updatePrivacyRequest(
      next,
      r.version,
      privacyAudit(next, at, SYSTEM_ACTOR, 'privacy.searched', { findingsTotal: total, examined }),
    );
  };

  const eraseOne = async (r: PrivacyRequest, address: string, self: string) => {
    const { counts, examined } = await eraseEverywhere(address, requestToken(r.id), self);
    const at = clock.now().toISOString();
    const { email: _dropped, ...rest } = r;
    const next: PrivacyRequest = {
      ...rest,
      status: 'erased',
      erasedAt: at,
      counts,
      examined,
      version: r.version + 1,
    };
    await store.updatePrivacyRequest(
      next,
      r.version,
      privacyAudit(next, at, SYSTEM_ACTOR, 'privacy.erased', { counts, examined }),
    );
  };

  return async (): Promise<{ searched: number; erased: number }> => {
    const open = (await store.listPrivacyRequests()).filter(
      (r) => r.status === 'searching' || r.status === 'erasing',
    );
    let searched = 0;
    let erased = 0;
    for (const listed of open) {
      // The list index is eventually consistent: act on the current item only.
      const r = await store.getPrivacyRequest(listed.id);
      if (!r?.email || (r.status !== 'searching' && r.status !== 'erasing')) continue;
      const self = keys.privacyRequest(r.id).pk;
      try {
        if (r.status === 'searching') {
          await searchOne(r, r.email, self);
          searched += 1;
        } else {
          await eraseOne(r, r.email, self);
          erased += 1;
        }
      } catch (e) {
        // A run that overlapped with this one recorded the request first: its result stands.
        if (!(e instanceof ConflictError)) throw e;
      }
    }
    return { searched, erased };
  };
};
