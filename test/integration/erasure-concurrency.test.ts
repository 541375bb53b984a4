import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeEraseEverywhere } from '../../functions/privacy/use-cases/run-privacy-requests';
import { makePrivacyRequestStore } from '../../functions/store/privacy-request-store';
import { keys } from '../../functions/store/table-design';
import { freshTable } from './helpers';

/**
 * An erasure rewrites an item only if it is unchanged since the scan read it: a draft saved while
 * the erasure runs is neither overwritten with the old content nor left holding the address.
 */
const ADDRESS = `eva.${randomUUID().slice(0, 8)}@jc-lippe.example.org`;

describe('erasure against a concurrent change', () => {
  let doc: DynamoDBDocumentClient;
  let tableName: string;
  let store: Parameters<typeof makeEraseEverywhere>[0]['store'];
  const key = keys.draft('c-erasure', 'kreis-lippe');
  const draft = (version: number, ausgangslage: string) => ({
    ...key,
    entity: 'DRAFT',
    campaignId: 'c-erasure',
    jobcenterId: 'kreis-lippe',
    version,
    answers: {
      inklusionsKontakt: { bezeichnung: 'Eva Muster', email: ADDRESS },
      ausgangslage: { hf1: ausgangslage },
    },
  });
  const put = (item: Record<string, unknown>) =>
    doc.send(new PutCommand({ TableName: tableName, Item: item }));

  beforeAll(async () => {
    const table = await freshTable();
    tableName = table.tableName;
    doc = DynamoDBDocumentClient.from(table.client);
    store = { ...table.store, ...makePrivacyRequestStore({ doc, tableName }) };
  });

  it('reads the changed item again: the new content stays, the address goes', async () => {
    await put(draft(1, 'Stand vor der Löschung'));
    let saved = false;
    // The Jobcenter saves its draft after the scan read it and before the erasure writes.
    const racing: typeof store = {
      ...store,
      async *allItems() {
        for await (const page of store.allItems()) {
          if (!saved) {
            saved = true;
            await put(draft(2, `Gespeichert während der Löschung, Rückfragen an ${ADDRESS}`));
          }
          yield page;
        }
      },
    };
    const { counts } = await makeEraseEverywhere({ store: racing })(ADDRESS, 'ab12cd34');
    expect(saved).toBe(true);
    expect(counts).toEqual({ 'drafts.pseudonymised': 1 });

    const item = (await doc.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true })))
      .Item;
    expect(item?.version).toBe(2);
    expect(item?.answers.ausgangslage.hf1).toBe(
      'Gespeichert während der Löschung, Rückfragen an geloescht-ab12cd34@geloescht.invalid',
    );
    expect(item?.answers.inklusionsKontakt).toEqual({
      bezeichnung: 'gelöscht-ab12cd34',
      email: 'geloescht-ab12cd34@geloescht.invalid',
    });
    expect(JSON.stringify(item)).not.toContain(ADDRESS);
  });
});
