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
  async (address: string, token: string, exceptPk?: string) =>
    applyVerdicts(store.allItems(), erasureStep(store, address, token, exceptPk), 'pseudonymised');

/** One request's erasure of one item: the verdict carried out on the item as it is now, or undefined. */
const erasureStep = (store: Deps['store'], address: string, token: string, exceptPk?: string) => {
  const p = pseudonyms(token);
  return async (read: RetainedItem) => {
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
};

/** An open request as the run acts on it: its address, and its own item (never searched or erased). */
type Open = { r: PrivacyRequest; address: string; self: string };

/** One read of the whole table for every request waiting for a search: findings per request id. */
const searchAll = async (store: Deps['store'], open: readonly Open[]) => {
  const results = new Map(open.map((o) => [o.r.id, { findings: [] as Finding[], total: 0 }]));
  let examined = 0;
  if (open.length === 0) return { results, examined };
  for await (const page of store.allItems()) {
    for (const item of page) {
      examined += 1;
      for (const { r, address, self } of open) {
        if (item.pk === self) continue;
        const found = findOccurrences(item, address);
        const result = results.get(r.id);
        if (!result || found.length === 0) continue;
        result.total += found.length;
        result.findings.push(...found.slice(0, Math.max(0, MAX_FINDINGS - result.findings.length)));
      }
    }
  }
  return { results, examined };
};

/**
 * One read of the whole table for every confirmed erasure: each item goes through each request's
 * step in turn (a step after another's rewrite reads the item again: erasureStep). Counts per id.
 */
const eraseAll = async (store: Deps['store'], open: readonly Open[]) => {
  const steps = open.map((o) => ({
    id: o.r.id,
    step: erasureStep(store, o.address, requestToken(o.r.id), o.self),
  }));
  const counts = new Map(open.map((o) => [o.r.id, {} as Record<string, number>]));
  let examined = 0;
  if (open.length === 0) return { counts, examined };
  const pages = store.allItems();
  for await (const page of pages) {
    for (const item of page) {
      examined += 1;
      for (const { id, step } of steps) {
        const verdict = await step(item);
        const own = counts.get(id);
        if (!verdict || !own) continue;
        const key = `${verdict.dataClass}.${'set' in verdict ? 'pseudonymised' : 'deleted'}`;
        own[key] = (own[key] ?? 0) + 1;
      }
    }
  }
  return { counts, examined };
};

/**
 * The job behind access and erasure requests (EventBridge Scheduler in AWS, the local ticker
 * locally): every request waiting for a search gets its findings, every confirmed erasure is
 * carried out and then the address is dropped from the request too: one read of the whole table
 * for all searches and one for all erasures, however many requests are open. Each step is
 * recorded with its audit event (counts and reason, never the address). A retry after a crash
 * repeats only what was not recorded yet; the erasure itself is idempotent.
 */
export const makeRunPrivacyRequests = ({ store, clock }: Deps) => {
  /** Records one request's outcome; a run that overlapped with this one and recorded it first stands. */
  const record = async (r: PrivacyRequest, next: PrivacyRequest, audit: Parameters<typeof privacyAudit>) => {
    try {
      await store.updatePrivacyRequest(next, r.version, privacyAudit(...audit));
      return 1;
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      return 0;
    }
  };

  return async (): Promise<{ searched: number; erased: number }> => {
    const listed = (await store.listPrivacyRequests()).filter(
      (r) => r.status === 'searching' || r.status === 'erasing',
    );
    // The list index is eventually consistent: act on the current items only.
    const open: Open[] = [];
    for (const { id } of listed) {
      const r = await store.getPrivacyRequest(id);
      if (r?.email && (r.status === 'searching' || r.status === 'erasing'))
        open.push({ r, address: r.email, self: keys.privacyRequest(r.id).pk });
    }
    const searching = open.filter((o) => o.r.status === 'searching');
    const erasing = open.filter((o) => o.r.status === 'erasing');

    let searched = 0;
    const found = await searchAll(store, searching);
    for (const { r } of searching) {
      const { findings, total } = found.results.get(r.id) ?? { findings: [], total: 0 };
      const at = clock.now().toISOString();
      const next: PrivacyRequest = {
        ...r,
        status: 'found',
        searchedAt: at,
        findings,
        findingsTotal: total,
        examined: found.examined,
        version: r.version + 1,
      };
      searched += await record(r, next, [
        next,
        at,
        SYSTEM_ACTOR,
        'privacy.searched',
        { findingsTotal: total, examined: found.examined },
      ]);
    }

    let erased = 0;
    const done = await eraseAll(store, erasing);
    for (const { r } of erasing) {
      const counts = done.counts.get(r.id) ?? {};
      const at = clock.now().toISOString();
      const { email: _dropped, ...rest } = r;
      const next: PrivacyRequest = {
        ...rest,
        status: 'erased',
        erasedAt: at,
        counts,
        examined: done.examined,
        version: r.version + 1,
      };
      erased += await record(r, next, [
        next,
        at,
        SYSTEM_ACTOR,
        'privacy.erased',
        { counts, examined: done.examined },
      ]);
    }
    return { searched, erased };
  };
};
