import { PutCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import { ReminderRecord } from '../reminders/reminder-record';
import type { ReminderStore } from '../shared/ports';
import { isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import { keys } from './table-design';

const item = (r: ReminderRecord) => ({
  ...keys.reminder(r.campaignId, r.jobcenterId, r.rule),
  entity: 'REMINDER',
  ...ReminderRecord.parse(r),
});

export const makeReminderStore = ({ doc, tableName }: TableContext): ReminderStore => ({
  async claimReminder(record) {
    try {
      await doc.send(
        new PutCommand({
          TableName: tableName,
          Item: item(record),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  },
  async updateReminder(record) {
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: item(record),
        ConditionExpression: 'attribute_exists(pk)',
      }),
    );
  },
  async listReminders(campaignId) {
    const records: ReminderRecord[] = [];
    for await (const page of paginateQuery(
      { client: doc },
      {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.campaign(campaignId).pk, ':prefix': keys.reminderPrefix },
        ConsistentRead: true,
      },
    ))
      for (const i of page.Items ?? []) records.push(ReminderRecord.parse(withoutKeys(i)));
    return records;
  },
});
