import { describe, expect, it } from 'vitest';
import type { PrivacyRequest } from '../../functions/privacy/privacy-request';
import { makeCreatePrivacyRequest } from '../../functions/privacy/use-cases/privacy-requests';
import { fixedClock } from '../../functions/shared/clock';

describe('recording a privacy request', () => {
  it('keeps the address as every other part compares it (normaliseAddress)', async () => {
    const created: PrivacyRequest[] = [];
    const create = makeCreatePrivacyRequest({
      store: {
        createPrivacyRequest: async (r) => void created.push(r),
        listPrivacyRequests: async () => [],
        getPrivacyRequest: async () => undefined,
        updatePrivacyRequest: async () => {},
        putAudit: async () => {},
        async *allItems() {},
        getItems: async () => [],
      },
      clock: fixedClock('2026-12-01T09:00:00.000Z'),
    });
    const admin = { sub: 'admin-1', email: 'admin@mags.example.org', roles: ['admin' as const] };
    await create(
      { kind: 'access', email: ' Erika Muster <Erika.Muster@JC.example.org> ', reason: 'Brief' },
      admin,
    );
    expect(created.map((r) => r.email)).toEqual(['erika.muster@jc.example.org']);
  });
});
