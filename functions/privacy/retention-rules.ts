import { type DataClassId, dataClass } from './retention-policy';

/**
 * What the retention job does with one stored item, decided from the item alone plus the close
 * date of its campaign. Pure: the job (use-cases/run-retention.ts) reads items page by page and
 * applies the verdicts. A verdict is only returned while there is something left to do, so a
 * second run over the same items returns nothing (the job is idempotent by construction).
 */
export type RetainedItem = { pk: string; sk: string; entity?: string } & Record<string, unknown>;

export type Verdict =
  | { action: 'delete'; dataClass: DataClassId }
  /** Sets these attributes (names and addresses replaced by a role). */
  | { action: 'anonymise'; dataClass: DataClassId; set: Record<string, unknown> };

export type RetentionContext = {
  now: Date;
  /** When the campaign was closed; undefined while it is open (or unknown). */
  campaignClosedAt: (campaignId: string) => string | undefined;
};

/** The entities the job looks at; everything else is kept or expires by TTL. */
export const RETAINED_ENTITIES = [
  'DRAFT',
  'EMAIL_EVENT',
  'ADDRESS',
  'AUDIT',
  'INVITATION',
  'REMINDER',
  'OUTBOX',
] as const;

/** What replaces a removed name or address. */
export const REMOVED = 'entfernt';

const DAY_MS = 86_400_000;

/** True when `since` lies at least the class's period before `now`. */
const due = (id: DataClassId, since: string | undefined, now: Date): boolean => {
  const days = dataClass(id).days;
  if (since === undefined || days === undefined) return false;
  const t = Date.parse(since);
  return Number.isFinite(t) && now.getTime() - t >= days * DAY_MS;
};

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `CAMPAIGN#<id>#JOBCENTER#…` or `CAMPAIGN#<id>` → `<id>`. */
const campaignOfPk = (pk: string): string | undefined => /^CAMPAIGN#([^#]+)/.exec(pk)?.[1];

/** The role that stays when an actor's identity is removed. */
export const actorRole = (sub: string): string =>
  sub === 'system' ? 'system' : sub.startsWith('link:') ? 'jobcenter' : 'mags';

const anonymisedRecipients = (item: RetainedItem, ctx: RetentionContext): Verdict | undefined => {
  const recipients = item.recipients;
  if (!Array.isArray(recipients) || recipients.every((r) => r === REMOVED)) return undefined;
  const campaignId = str(item.campaignId) ?? campaignOfPk(item.pk);
  if (!campaignId || !due('replaced-contacts', ctx.campaignClosedAt(campaignId), ctx.now)) return undefined;
  return {
    action: 'anonymise',
    dataClass: 'replaced-contacts',
    set: { recipients: recipients.map(() => REMOVED) },
  };
};

const auditVerdict = (item: RetainedItem, ctx: RetentionContext): Verdict | undefined => {
  const set: Record<string, unknown> = {};
  let cls: DataClassId | undefined;
  const detail = (item.detail ?? {}) as Record<string, unknown>;
  if (
    item.action === 'form.handed-over' &&
    (detail.fromName !== REMOVED || detail.toName !== REMOVED) &&
    due('handover-details', ctx.campaignClosedAt(str(detail.campaignId) ?? ''), ctx.now)
  ) {
    set.detail = { ...detail, fromName: REMOVED, toName: REMOVED };
    cls = 'handover-details';
  }
  const actor = (item.actor ?? {}) as { sub?: string; email?: string };
  const role = actorRole(actor.sub ?? '');
  if ((actor.sub !== role || actor.email !== undefined) && due('audit-actors', str(item.at), ctx.now)) {
    set.actor = { sub: role };
    cls ??= 'audit-actors';
  }
  return cls ? { action: 'anonymise', dataClass: cls, set } : undefined;
};

export const retentionVerdict = (item: RetainedItem, ctx: RetentionContext): Verdict | undefined => {
  switch (item.entity) {
    case 'DRAFT': {
      const campaignId = str(item.campaignId) ?? campaignOfPk(item.pk);
      return campaignId && due('drafts', ctx.campaignClosedAt(campaignId), ctx.now)
        ? { action: 'delete', dataClass: 'drafts' }
        : undefined;
    }
    case 'EMAIL_EVENT':
      return due('delivery-events', str(item.at), ctx.now)
        ? { action: 'delete', dataClass: 'delivery-events' }
        : undefined;
    case 'ADDRESS':
      return due('address-states', str(item.lastEventAt) ?? str(item.since), ctx.now)
        ? { action: 'delete', dataClass: 'address-states' }
        : undefined;
    case 'AUDIT':
      return auditVerdict(item, ctx);
    case 'INVITATION':
    case 'REMINDER':
      return anonymisedRecipients(item, ctx);
    case 'OUTBOX':
      // Sent mails only (the rendered text holds addresses and names): a pending or sending one is
      // still to be delivered, a failed one was never sent. Every partition alike (campaigns,
      // `einwilligung` for consent links, `unterlagen` for records links).
      return item.status === 'sent' && due('sent-mails', str(item.sentAt), ctx.now)
        ? { action: 'delete', dataClass: 'sent-mails' }
        : undefined;
    default:
      return undefined;
  }
};
