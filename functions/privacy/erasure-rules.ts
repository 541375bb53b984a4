import { addressKey } from '../records/records-request';
import { ADDRESS_MARK, type Finding } from './privacy-request';
import type { DataClassId } from './retention-policy';
import { actorRole, type RetainedItem } from './retention-rules';

/**
 * Where an e-mail address occurs in a stored item, and what an erasure request does with it.
 * Pure: the job (use-cases/run-privacy-requests.ts) scans the table page by page and applies the
 * verdicts. The search is generic (every string of every attribute, case-insensitive), so a new
 * entity holding addresses is found without a change here. A verdict is only returned while the
 * address is still there, so a rerun finds and changes nothing (idempotent by construction).
 */

/** The data class of each entity (functions/privacy/retention-policy.ts). */
const ENTITY_CLASS: Record<string, DataClassId> = {
  JOBCENTER: 'contacts',
  INVITATION: 'replaced-contacts',
  REMINDER: 'replaced-contacts',
  OUTBOX: 'sent-mails',
  LINK: 'form-links',
  SESSION: 'sessions',
  DRAFT: 'drafts',
  SUBMISSION: 'submissions',
  ACCESSION: 'submissions',
  MEASURES: 'submissions',
  RESULTS: 'submissions',
  TEXTS: 'submissions',
  FEEDBACK: 'submissions',
  EMAIL_EVENT: 'delivery-events',
  ADDRESS: 'address-states',
  AUDIT: 'audit-actors',
  CONTACT_ADDRESS: 'contacts',
  PRIVACY_REQUEST: 'privacy-requests',
};

export const dataClassOf = (entity: string | undefined): DataClassId | 'other' =>
  (entity && ENTITY_CLASS[entity]) || 'other';

/**
 * Records of the ministry (declarations, self-assessments and what is derived from them): kept,
 * with the person's name replaced by a role and the address by a placeholder.
 */
const KEPT_CLASSES: ReadonlySet<string> = new Set(['submissions']);

/** Items that exist only for the address (delivery tracking): deleted as a whole. */
const DELETED_ENTITIES: ReadonlySet<string> = new Set(['EMAIL_EVENT', 'ADDRESS']);

/** Attributes of the table itself, never rewritten (a key holding the address deletes the item). */
const PRIMARY_KEY = ['pk', 'sk'] as const;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matcher = (address: string) => new RegExp(escapeRegExp(address.trim()), 'gi');
const contains = (s: string, address: string) => s.toLowerCase().includes(address.trim().toLowerCase());

/** The address's lookup hash (CONTACT# entries, functions/records/records-request.ts), made once per address. */
let lastHash: { address: string; hash: string } | undefined;
const hashOf = (address: string): string => {
  if (lastHash?.address !== address) lastHash = { address, hash: addressKey(address) };
  return lastHash.hash;
};

/**
 * Whether a key holds the address: in clear, or as its lookup hash. An unsalted hash of an e-mail
 * address can be found again by guessing, so it is personal data like the address itself.
 */
const keyHolds = (key: string, address: string) => contains(key, address) || key.includes(hashOf(address));

export type Pseudonyms = {
  /** Replaces the address: a valid address that can never be delivered (RFC 2606 `.invalid`). */
  address: string;
  /** Replaces a name next to the address in data that is not a record of the ministry. */
  name: string;
};

/** Pseudonyms of one request: `gelöscht-<token>`, the token derived from the request, not the address. */
export const pseudonyms = (token: string): Pseudonyms => ({
  address: `geloescht-${token}@geloescht.invalid`,
  name: `gelöscht-${token}`,
});

/** The role that stays in a ministry record where a person's name was (the "Geschäftsführung"). */
export const roleFor = (parentKey: string | undefined): string =>
  parentKey === 'geschaeftsfuehrung' ? 'Geschäftsführung' : 'Ansprechperson';

const pathOf = (base: string, key: string | number) =>
  typeof key === 'number' ? `${base}[${key}]` : base ? `${base}.${key}` : key;

/** Every place `address` occurs in `item`: attribute paths, keys included. */
export const findOccurrences = (item: RetainedItem, address: string): Finding[] => {
  const paths: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (contains(value, address)) paths.push(path);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, pathOf(path, i));
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, pathOf(path, k));
  };
  walk(item, '');
  for (const key of PRIMARY_KEY)
    if (!paths.includes(key) && typeof item[key] === 'string' && keyHolds(item[key], address))
      paths.push(key);
  const mask = (s: string) => s.replace(matcher(address), ADDRESS_MARK);
  return paths.map((path) => ({
    pk: mask(item.pk).replace(hashOf(address), ADDRESS_MARK),
    sk: mask(item.sk).replace(hashOf(address), ADDRESS_MARK),
    entity: item.entity ?? 'unbekannt',
    path,
    dataClass: dataClassOf(item.entity),
  }));
};

/** Name fields that belong to an address field in the same object: `email` → `name`, `toEmail` → `toName`. */
const namesBeside = (emailKey: string): string[] =>
  emailKey === 'email'
    ? ['name', 'bezeichnung']
    : emailKey.endsWith('Email')
      ? [`${emailKey.slice(0, -5)}Name`]
      : [];

/** `value` with the address replaced, and the names beside it; `parentKey` names the enclosing object. */
const rewrite = (
  value: unknown,
  address: string,
  p: Pseudonyms,
  kept: boolean,
  parentKey?: string,
): unknown => {
  if (typeof value === 'string')
    return value.trim().toLowerCase() === address.trim().toLowerCase()
      ? p.address
      : value.replace(matcher(address), p.address);
  if (Array.isArray(value)) return value.map((v) => rewrite(v, address, p, kept, parentKey));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  const entries = Object.entries(value);
  for (const [k, v] of entries) out[k] = rewrite(v, address, p, kept, k);
  for (const [k, v] of entries) {
    if (typeof v !== 'string' || !contains(v, address)) continue;
    for (const nameKey of namesBeside(k))
      if (typeof out[nameKey] === 'string') out[nameKey] = kept ? roleFor(parentKey) : p.name;
    // An audit actor: the login id goes with the address, the role stays.
    if (parentKey === 'actor' && k === 'email' && typeof out.sub === 'string') out.sub = actorRole(out.sub);
  }
  return out;
};

export type ErasureVerdict =
  | { action: 'delete'; dataClass: DataClassId | 'other' }
  /** Sets these top-level attributes (the address and the names beside it replaced). */
  | { action: 'pseudonymise'; dataClass: DataClassId | 'other'; set: Record<string, unknown> };

/**
 * What erasing `address` does to `item`, or nothing when it does not occur there. Items whose
 * key holds the address (in clear or as its lookup hash), and delivery tracking items, are deleted; ministry records keep their
 * content with a role and a placeholder; everything else is pseudonymised.
 */
export const erasureVerdict = (
  item: RetainedItem,
  address: string,
  p: Pseudonyms,
): ErasureVerdict | undefined => {
  const dataClass = dataClassOf(item.entity);
  const hits = Object.entries(item).filter(([k, v]) => {
    if (k === 'pk' || k === 'sk') return typeof v === 'string' && keyHolds(v, address);
    return findOccurrences({ pk: '', sk: '', x: v }, address).length > 0;
  });
  if (hits.length === 0) return undefined;
  if (
    hits.some(([k]) => (PRIMARY_KEY as readonly string[]).includes(k)) ||
    DELETED_ENTITIES.has(item.entity ?? '')
  )
    return { action: 'delete', dataClass };
  const kept = KEPT_CLASSES.has(dataClass);
  const set = Object.fromEntries(hits.map(([k, v]) => [k, rewrite(v, address, p, kept, k)]));
  // Names beside the address at the top level (e.g. an item with `email` and `name` attributes).
  for (const [k] of hits)
    for (const nameKey of namesBeside(k))
      if (typeof item[nameKey] === 'string') set[nameKey] = kept ? roleFor(undefined) : p.name;
  return { action: 'pseudonymise', dataClass, set };
};
