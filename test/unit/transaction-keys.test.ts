import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { summaryAdd, transactWrite } from '../../functions/store/invitation-writes';
import { keys } from '../../functions/store/table-design';

/** The store's transaction helper refuses what DynamoDB would refuse as a whole: one item twice. */
describe('transactWrite', () => {
  const sent: unknown[] = [];
  const doc = {
    send: async (command: unknown) => void sent.push(command),
  } as unknown as DynamoDBDocumentClient;

  it('refuses two operations on one item with the key named, and sends nothing', async () => {
    sent.length = 0;
    const put = { Put: { TableName: 't', Item: { ...keys.campaign('c1'), title: 'x' } } };
    await expect(
      transactWrite(doc, [summaryAdd('t', 'c1', { sent: 1 }), put, summaryAdd('t', 'c1', { draft: 1 })]),
    ).rejects.toThrow(/item t CAMPAIGN#c1 SUMMARY twice.*ValidationException.*merge/);
    await expect(
      transactWrite(doc, [
        put,
        {
          ConditionCheck: {
            TableName: 't',
            Key: keys.campaign('c1'),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      ]),
    ).rejects.toThrow(/CAMPAIGN#c1 META twice/);
    expect(sent).toEqual([]);
  });

  it('sends items with distinct keys (the same key in another table is another item)', async () => {
    sent.length = 0;
    await transactWrite(doc, [
      summaryAdd('t', 'c1', { sent: 1 }),
      summaryAdd('t', 'c2', { sent: 1 }),
      summaryAdd('other', 'c1', { sent: 1 }),
    ]);
    expect(sent).toHaveLength(1);
  });
});
