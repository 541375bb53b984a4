import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { JobcenterInput } from '../registry/jobcenter';
import type { JobcenterWrite, RegistryStore } from '../shared/ports';
import { auditItem } from './audit-item';
import { isConditionFailure, queryListByKind, type TableContext, toJobcenter } from './dynamo-shared';
import { transactWithMail } from './outbox-store';
import { putContactEntries } from './records-store';
import { KIND, keys } from './table-design';

const jobcenterItem = (j: JobcenterInput, version: number, at: string) => ({
  ...keys.jobcenter(j.id),
  ...keys.jobcenterList(j.name),
  entity: KIND.jobcenter,
  ...j,
  version,
  updatedAt: at,
});

/** The registry's writes (import, seed, contact correction): only in the handlers that write it. */
export const makeRegistryWrites = (
  context: TableContext,
): Pick<RegistryStore, 'writeJobcenters' | 'seedJobcenters'> => {
  const { doc, tableName } = context;
  return {
    async writeJobcenters(writes: readonly JobcenterWrite[], audit, at, mail) {
      // Lookup entries of the addresses first: a profile never holds an address without one.
      await putContactEntries(
        context,
        writes.map((w) => w.jobcenter),
      );
      await transactWithMail(
        context,
        [
          ...writes.map((w) => ({
            Put: {
              TableName: tableName,
              Item: jobcenterItem(w.jobcenter, w.op === 'create' ? 1 : w.expectedVersion + 1, at),
              ...(w.op === 'create'
                ? { ConditionExpression: 'attribute_not_exists(pk)' }
                : {
                    ConditionExpression: 'version = :v',
                    ExpressionAttributeValues: { ':v': w.expectedVersion },
                  }),
            },
          })),
          {
            Put: {
              TableName: tableName,
              Item: auditItem(audit),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
        // Contact correction: the invitations' links and the re-sent invitations, atomically.
        mail,
        'Das Verzeichnis wurde inzwischen geändert. Bitte exportieren Sie es neu und wiederholen Sie den Import.',
      );
    },

    async seedJobcenters(jobcenters, at) {
      let created = 0;
      for (const j of jobcenters) {
        try {
          await doc.send(
            new PutCommand({
              TableName: tableName,
              Item: jobcenterItem(j, 1, at),
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
          created++;
        } catch (e) {
          if (!isConditionFailure(e)) throw e;
        }
      }
      // Lookup entries of every stored profile (also those stored before the entries existed).
      await putContactEntries(context, (await queryListByKind(context, KIND.jobcenter)).map(toJobcenter));
      return created;
    },
  };
};
