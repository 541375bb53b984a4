import * as z from 'zod';
import { Campaign } from '../campaigns/campaign';
import { Draft, Submission } from '../forms/records';

/**
 * Read compatibility for names that changed after items were stored (issue 14, one naming rule;
 * `docs/architecture.md`, "Naming"). Every read of such an item goes through a schema here, which
 * maps the old value or attribute name to the new one before validating, so items written by
 * older code read as if written today. Writes use the new names only; `migrate-names.ts`
 * rewrites old items in place (idempotent), after which these mappings are dead weight.
 */

/** Campaign status values before they became English identifiers. */
export const LEGACY_CAMPAIGN_STATUS: Readonly<Record<string, Campaign['status']>> = {
  entwurf: 'draft',
  gestartet: 'launched',
  geschlossen: 'closed',
};

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A campaign item with its status in today's name. */
export const upgradeCampaign = (item: unknown): unknown => {
  if (!isRecord(item) || typeof item.status !== 'string') return item;
  const status = LEGACY_CAMPAIGN_STATUS[item.status];
  return status ? { ...item, status } : item;
};

export const StoredCampaign = z.preprocess(upgradeCampaign, Campaign);

/**
 * Attribute names of the questionnaire an item belongs to, before `fragebogen` became its one name:
 * `formVersion` on drafts and submissions, `questionnaireVersion` in the report read model.
 */
export const LEGACY_FRAGEBOGEN_ATTRIBUTES = ['formVersion', 'questionnaireVersion'] as const;

/** `{ formVersion: x }` or `{ questionnaireVersion: x }` → `{ fragebogen: x }`; today's name wins. */
export const withFragebogen = (value: unknown): unknown => {
  if (!isRecord(value)) return value;
  const legacy = LEGACY_FRAGEBOGEN_ATTRIBUTES.find((name) => name in value);
  if (!legacy) return value;
  const { formVersion: _f, questionnaireVersion: _q, ...rest } = value;
  return { fragebogen: value[legacy], ...rest };
};

export const StoredDraft = z.preprocess(withFragebogen, Draft);
export const StoredSubmission = z.preprocess(withFragebogen, Submission);
// The report read model's schemas are in legacy-report-names.ts: the form handlers read no reports.
