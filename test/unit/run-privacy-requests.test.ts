import { describe, expect, it } from 'vitest';
import type { PrivacyRequest } from '../../functions/privacy/privacy-request';
import type { RetainedItem } from '../../functions/privacy/retention-rules';
import {
  ERASURE_ATTEMPTS,
  ErasureConflictError,
  makeEraseEverywhere,
  makeRunPrivacyRequests,
} from '../../functions/privacy/use-cases/run-privacy-requests';
import { fixedClock } from '../../functions/shared/clock';
import { ConflictError } from '../../functions/shared/errors';

const ADDRESS = 'person@jc.example.org';
const request: PrivacyRequest = {
  id: '0b0e7c52-5d4c-4c39-9a55-6f1e2a3b4c5d',
  kind: 'erasure',
  email: ADDRESS,
  reason: 'Schreiben vom 1. Dezember',
  status: 'searching',
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'staff-1',
  findings: [],
  findingsTotal: 0,
  version: 1,
};

/** An in-memory store: the job's ports without DynamoDB. */
const fakeStore = (items: RetainedItem[], onUpdate: (r: PrivacyRequest) => void) => {
  let stored = request;
  return {
    listPrivacyRequests: async () => [stored],
    getPrivacyRequest: async () => stored,
    createPrivacyRequest: async () => {},
    updatePrivacyRequest: async (r: PrivacyRequest) => {
      onUpdate(r);
      stored = r;
    },
    async *allItems() {
      yield items;
    },
    getItems: async () => [],
    deleteRetained: async () => true,
    rewriteIfUnchanged: async () => true,
  };
};

describe('privacy request job', () => {
  it('records findings, then erases, each once', async () => {
    const audits: string[] = [];
    const items: RetainedItem[] = [
      { pk: 'JOBCENTER#x', sk: 'PROFILE', entity: 'JOBCENTER', mainContact: { name: 'P', email: ADDRESS } },
      { pk: 'JOBCENTER#y', sk: 'PROFILE', entity: 'JOBCENTER', mainContact: { name: 'Q', email: 'q@y.de' } },
    ];
    let last: PrivacyRequest | undefined;
    const store = fakeStore(items, (r) => {
      last = r;
      audits.push(r.status);
    });
    const run = makeRunPrivacyRequests({ store, clock: fixedClock('2026-12-01T10:00:00.000Z') });
    expect(await run()).toEqual({ searched: 1, erased: 0 });
    expect(last).toMatchObject({ status: 'found', findingsTotal: 1, examined: 2, version: 2 });
    expect(await run()).toEqual({ searched: 0, erased: 0 });
    await store.updatePrivacyRequest({ ...(last as PrivacyRequest), status: 'erasing', version: 3 });
    expect(await run()).toEqual({ searched: 0, erased: 1 });
    expect(last).toMatchObject({ status: 'erased', counts: { 'contacts.pseudonymised': 1 } });
    expect(last?.email).toBeUndefined();
  });

  it('leaves a request to an overlapping run that recorded it first, and fails on anything else', async () => {
    const conflicting = fakeStore([], () => {
      throw new ConflictError('moved');
    });
    const clock = fixedClock('2026-12-01T10:00:00.000Z');
    expect(await makeRunPrivacyRequests({ store: conflicting, clock })()).toEqual({ searched: 0, erased: 0 });
    const broken = fakeStore([], () => {
      throw new Error('table unavailable');
    });
    await expect(makeRunPrivacyRequests({ store: broken, clock })()).rejects.toThrow('table unavailable');
  });
});

describe('privacy request job: one read of the table per run', () => {
  const OTHER = 'other@jc.example.org';
  const items: RetainedItem[] = [
    { pk: 'JOBCENTER#x', sk: 'PROFILE', entity: 'JOBCENTER', mainContact: { name: 'P', email: ADDRESS } },
    { pk: 'JOBCENTER#y', sk: 'PROFILE', entity: 'JOBCENTER', mainContact: { name: 'Q', email: OTHER } },
    { pk: 'JOBCENTER#z', sk: 'PROFILE', entity: 'JOBCENTER', deputyContact: { name: 'R', email: OTHER } },
  ];
  /** Several open requests over the same items; counts the full-table reads. */
  const storeOf = (open: PrivacyRequest[]) => {
    const stored = new Map(open.map((r) => [r.id, r]));
    let reads = 0;
    const rewritten: string[] = [];
    return {
      reads: () => reads,
      rewritten,
      stored,
      store: {
        listPrivacyRequests: async () => [...stored.values()],
        getPrivacyRequest: async (id: string) => stored.get(id),
        createPrivacyRequest: async () => {},
        updatePrivacyRequest: async (r: PrivacyRequest) => void stored.set(r.id, r),
        async *allItems() {
          reads += 1;
          yield items;
        },
        getItems: async () => [],
        deleteRetained: async () => true,
        rewriteIfUnchanged: async (item: RetainedItem) => {
          rewritten.push(item.pk);
          return true;
        },
      },
    };
  };
  const second = { ...request, id: '1c1e7c52-5d4c-4c39-9a55-6f1e2a3b4c5e', email: OTHER };

  it('searches for every open request in one pass, each with its own findings', async () => {
    const s = storeOf([request, second]);
    const run = makeRunPrivacyRequests({ store: s.store, clock: fixedClock('2026-12-01T10:00:00.000Z') });
    expect(await run()).toEqual({ searched: 2, erased: 0 });
    expect(s.reads()).toBe(1);
    expect(s.stored.get(request.id)).toMatchObject({ status: 'found', findingsTotal: 1, examined: 3 });
    expect(s.stored.get(second.id)).toMatchObject({ status: 'found', findingsTotal: 2, examined: 3 });
  });

  it('erases for every confirmed request in one pass', async () => {
    const s = storeOf([
      { ...request, status: 'erasing' },
      { ...second, status: 'erasing' },
    ]);
    const run = makeRunPrivacyRequests({ store: s.store, clock: fixedClock('2026-12-01T10:00:00.000Z') });
    expect(await run()).toEqual({ searched: 0, erased: 2 });
    expect(s.reads()).toBe(1);
    expect(s.rewritten.sort()).toEqual(['JOBCENTER#x', 'JOBCENTER#y', 'JOBCENTER#z']);
    expect(s.stored.get(request.id)).toMatchObject({
      status: 'erased',
      counts: { 'contacts.pseudonymised': 1 },
    });
    expect(s.stored.get(second.id)).toMatchObject({
      status: 'erased',
      counts: { 'contacts.pseudonymised': 2 },
    });
  });
});

describe('erasure and concurrent changes', () => {
  const contact = (name: string, extra: Record<string, unknown> = {}): RetainedItem => ({
    pk: 'JOBCENTER#x',
    sk: 'PROFILE',
    entity: 'JOBCENTER',
    mainContact: { name, email: ADDRESS },
    ...extra,
  });

  it('reads a changed item again and erases it as it is now', async () => {
    const changed = contact('P', { note: 'written meanwhile' });
    const writes: Record<string, unknown>[] = [];
    let attempts = 0;
    const store = {
      ...fakeStore([contact('P')], () => {}),
      getItems: async () => [changed],
      rewriteIfUnchanged: async (item: RetainedItem, set: Record<string, unknown>) => {
        attempts += 1;
        if (item !== changed) return false;
        writes.push(set);
        return true;
      },
    };
    const { counts } = await makeEraseEverywhere({ store })(ADDRESS, 'ab12cd34');
    expect(attempts).toBe(2);
    expect(counts).toEqual({ 'contacts.pseudonymised': 1 });
    expect(writes).toEqual([
      { mainContact: { name: 'gelöscht-ab12cd34', email: 'geloescht-ab12cd34@geloescht.invalid' } },
    ]);
  });

  it('skips an item deleted meanwhile, and gives up on one that keeps changing (the request stays for the next run)', async () => {
    const gone = { ...fakeStore([contact('P')], () => {}), rewriteIfUnchanged: async () => false };
    expect((await makeEraseEverywhere({ store: gone })(ADDRESS, 'ab12cd34')).counts).toEqual({});

    let attempts = 0;
    const updates: PrivacyRequest[] = [];
    const busy = {
      ...fakeStore([contact('P')], (r) => updates.push(r)),
      getItems: async () => [contact(`P${attempts}`)],
      rewriteIfUnchanged: async () => {
        attempts += 1;
        return false;
      },
    };
    await busy.updatePrivacyRequest({ ...request, status: 'erasing' });
    updates.length = 0;
    const run = makeRunPrivacyRequests({ store: busy, clock: fixedClock('2026-12-01T10:00:00.000Z') });
    await expect(run()).rejects.toThrow(ErasureConflictError);
    expect(attempts).toBe(ERASURE_ATTEMPTS);
    expect(updates).toEqual([]);
    expect((await busy.getPrivacyRequest()).status).toBe('erasing');
  });
});
