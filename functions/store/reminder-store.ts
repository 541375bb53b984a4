import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ReminderRecord } from '../reminders/reminder-record';
import type { ReminderStore } from '../shared/ports';
import { isConditionFailure, queryPartition, type TableContext, withoutKeys } from './dynamo-shared';
import { transactWrite } from './invitation-writes';
import { keepsFact, reminderFactUpdate } from './reminder-facts';
import { keys } from './table-design';

const item = (r: ReminderRecord) => ({
  ...keys.reminder(r.campaignId, r.jobcenterId, r.rule),
  entity: 'REMINDER',
  ...ReminderRecord.parse(r),
});

/**
 * Reminder records; a shown one (not skipped) is written with its fact on the invitation in one
 * transaction (reminder-facts.ts), a skipped one alone.
 */
export const makeReminderStore = ({ doc, tableName }: TableContext): ReminderStore => {
  const write = async (record: ReminderRecord, condition: string) => {
    const put = { TableName: tableName, Item: item(record), ConditionExpression: condition };
    if (!keepsFact(record)) await doc.send(new PutCommand(put));
    else await transactWrite(doc, [{ Put: put }, reminderFactUpdate(tableName, record)]);
  };
  return {
    async claimReminder(record) {
      try {
        await write(record, 'attribute_not_exists(pk)');
        return true;
      } catch (e) {
        if (isConditionFailure(e)) return false;
        throw e;
      }
    },
    async updateReminder(record) {
      await write(record, 'attribute_exists(pk)');
    },
    async listReminders(campaignId) {
      const items = await queryPartition(
        { doc, tableName },
        keys.campaign(campaignId).pk,
        keys.reminderPrefix,
      );
      return items.map((i) => ReminderRecord.parse(withoutKeys(i)));
    },
  };
};
