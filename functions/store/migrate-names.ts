import { paginateScan, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type TableContext } from './dynamo-shared';
import { LEGACY_CAMPAIGN_STATUS, LEGACY_FRAGEBOGEN_ATTRIBUTES } from './legacy-names';

/**
 * Rewrites items stored under the names before the naming rule (`legacy-names.ts`) to today's
 * names: a campaign's German status, `formVersion` on drafts and submissions, `questionnaireVersion`
 * in the report read model (top level or in a measure set's `source`). An operation run once per
 * table (`npm run migrate:names`, README), not a request path, so it may scan.
 *
 * Idempotent and safe beside running code: every update is conditional on the old name still being
 * there, and `fragebogen` is only set where it is missing, so a second run, or an item rewritten by
 * the application meanwhile, changes nothing.
 */
export type MigrationResult = { scanned: number; rewritten: number };

type Update = {
  set: string;
  remove?: string;
  condition: string;
  names: Record<string, string>;
  values?: Record<string, unknown>;
};

/** The updates one stored item needs (none when it is in today's shape). */
export const updatesFor = (item: Record<string, unknown>): Update[] => {
  const updates: Update[] = [];
  const status = typeof item.status === 'string' ? LEGACY_CAMPAIGN_STATUS[item.status] : undefined;
  if (item.sk === 'META' && String(item.pk).startsWith('CAMPAIGN#') && status)
    updates.push({
      set: '#status = :new',
      condition: '#status = :old',
      names: { '#status': 'status' },
      values: { ':new': status, ':old': item.status },
    });
  for (const old of LEGACY_FRAGEBOGEN_ATTRIBUTES) {
    if (old in item)
      updates.push({
        set: '#f = if_not_exists(#f, #old)',
        remove: '#old',
        condition: 'attribute_exists(#old)',
        names: { '#f': 'fragebogen', '#old': old },
      });
    const source = item.source;
    if (source && typeof source === 'object' && old in source)
      updates.push({
        set: '#src.#f = if_not_exists(#src.#f, #src.#old)',
        remove: '#src.#old',
        condition: 'attribute_exists(#src.#old)',
        names: { '#src': 'source', '#f': 'fragebogen', '#old': old },
      });
  }
  return updates;
};

/** Scans the whole table once and rewrites every item in an old shape. */
export const migrateNames = async ({ doc, tableName }: TableContext): Promise<MigrationResult> => {
  const result: MigrationResult = { scanned: 0, rewritten: 0 };
  for await (const page of paginateScan({ client: doc }, { TableName: tableName })) {
    for (const item of page.Items ?? []) {
      result.scanned++;
      const updates = updatesFor(item);
      let rewritten = false;
      for (const u of updates) {
        try {
          await doc.send(
            new UpdateCommand({
              TableName: tableName,
              Key: { pk: item.pk, sk: item.sk },
              UpdateExpression: `SET ${u.set}${u.remove ? ` REMOVE ${u.remove}` : ''}`,
              ConditionExpression: u.condition,
              ExpressionAttributeNames: u.names,
              ...(u.values ? { ExpressionAttributeValues: u.values } : {}),
            }),
          );
          rewritten = true;
        } catch (e) {
          // Rewritten meanwhile (by another run or by the application): nothing left to do.
          if (!isConditionFailure(e)) throw e;
        }
      }
      if (rewritten) result.rewritten++;
    }
  }
  return result;
};
