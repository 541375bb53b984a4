import { randomUUID } from 'node:crypto';
import { auditActor, type Principal } from '../../auth/principal';
import { normaliseAddress } from '../../shared/address';
import type { AuditEvent } from '../../shared/audit';
import { ConflictError, NotFoundError } from '../../shared/errors';
import type { AuditStore, Clock, PrivacyRequestStore } from '../../shared/ports';
import { ADDRESS_MARK, type PrivacyRequest, type PrivacyRequestBody } from '../privacy-request';

type Deps = { store: PrivacyRequestStore & Pick<AuditStore, 'putAudit'>; clock: Clock };

/** The audit subject of one request; its detail never holds the address. */
export const privacySubject = (id: string) => `PRIVACY#${id}`;

export const privacyAudit = (
  r: PrivacyRequest,
  at: string,
  actor: AuditEvent['actor'],
  action: string,
  detail: Record<string, unknown>,
): AuditEvent => ({
  id: randomUUID(),
  at,
  actor,
  action,
  subject: privacySubject(r.id),
  detail: { requestId: r.id, kind: r.kind, reason: r.reason, ...detail },
});

const notFound = () => new NotFoundError('Diese Anfrage gibt es nicht (mehr).');

/**
 * Staff record an access or erasure request; the search runs as a job (run-privacy-requests.ts),
 * since finding an address needs a read of the whole table, which never runs on a request path.
 */
export const makeCreatePrivacyRequest =
  ({ store, clock }: Deps) =>
  async (body: PrivacyRequestBody, principal: Principal): Promise<PrivacyRequest> => {
    const at = clock.now().toISOString();
    const request: PrivacyRequest = {
      id: randomUUID(),
      kind: body.kind,
      email: normaliseAddress(body.email),
      reason: body.reason,
      status: 'searching',
      createdAt: at,
      createdBy: principal.sub,
      findings: [],
      findingsTotal: 0,
      version: 1,
    };
    await store.createPrivacyRequest(
      request,
      privacyAudit(request, at, auditActor(principal), 'privacy.requested', {}),
    );
    return request;
  };

export const makeListPrivacyRequests =
  ({ store }: Pick<Deps, 'store'>) =>
  async () => ({ requests: await store.listPrivacyRequests() });

export const makeGetPrivacyRequest =
  ({ store }: Pick<Deps, 'store'>) =>
  async (id: string): Promise<PrivacyRequest> => {
    const request = await store.getPrivacyRequest(id);
    if (!request) throw notFound();
    return request;
  };

/** Staff confirm the erasure after seeing the findings; the job then carries it out. */
export const makeConfirmErasure =
  ({ store, clock }: Deps) =>
  async (id: string, principal: Principal): Promise<PrivacyRequest> => {
    const request = await store.getPrivacyRequest(id);
    if (!request) throw notFound();
    if (request.status === 'erasing' || request.status === 'erased') return request;
    if (request.kind !== 'erasure')
      throw new ConflictError('Eine Auskunftsanfrage löscht nichts. Bitte eine Löschanfrage erfassen.');
    if (request.status !== 'found')
      throw new ConflictError(
        'Die Fundstellen werden noch ermittelt. Bitte warten Sie, bis die Suche fertig ist.',
      );
    const at = clock.now().toISOString();
    const next: PrivacyRequest = {
      ...request,
      status: 'erasing',
      erasureRequestedAt: at,
      version: request.version + 1,
    };
    await store.updatePrivacyRequest(
      next,
      request.version,
      privacyAudit(next, at, auditActor(principal), 'privacy.erasure-confirmed', {
        findingsTotal: request.findingsTotal,
      }),
    );
    return next;
  };

/**
 * The answer to an access request as JSON: the request and every recorded place with the value
 * stored there now (read by key, at most MAX_FINDINGS items: no scan).
 */
export const makeExportPrivacyRequest =
  ({ store }: Pick<Deps, 'store'>) =>
  async (id: string) => {
    const request = await store.getPrivacyRequest(id);
    if (!request) throw notFound();
    if (request.status === 'searching')
      throw new ConflictError(
        'Die Fundstellen werden noch ermittelt. Bitte warten Sie, bis die Suche fertig ist.',
      );
    const unmask = (s: string) => (request.email ? s.replaceAll(ADDRESS_MARK, request.email) : s);
    const itemKeys = [
      ...new Map(
        request.findings.map((f) => [`${f.pk}\u0000${f.sk}`, { pk: unmask(f.pk), sk: unmask(f.sk) }]),
      ).values(),
    ];
    const items = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < itemKeys.length; i += 100)
      for (const item of await store.getItems(itemKeys.slice(i, i + 100)))
        items.set(`${item.pk}\u0000${item.sk}`, item);
    return {
      anfrage: {
        id: request.id,
        art: request.kind,
        email: request.email ?? null,
        anlass: request.reason,
        status: request.status,
        erfasstAm: request.createdAt,
        gesuchtAm: request.searchedAt ?? null,
        fundstellenGesamt: request.findingsTotal,
        ...(request.erasedAt ? { geloeschtAm: request.erasedAt, ergebnis: request.counts ?? {} } : {}),
      },
      fundstellen: request.findings.map((f) => {
        const item = items.get(`${unmask(f.pk)}\u0000${unmask(f.sk)}`);
        return {
          schluessel: { pk: unmask(f.pk), sk: unmask(f.sk) },
          art: f.entity,
          feld: f.path,
          datenkategorie: f.dataClass,
          wert: item ? valueAt(item, f.path) : null,
        };
      }),
    };
  };

/** The value at `a.b[0].c` in `item`; undefined when the path no longer exists. */
export const valueAt = (item: unknown, path: string): unknown =>
  path
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      item,
    ) ?? null;
