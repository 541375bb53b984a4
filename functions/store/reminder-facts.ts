import type { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ReminderFact, type ReminderRecord, reminderFact } from '../reminders/reminder-record';
import { keys } from './table-design';

/**
 * A reminder's facts on its invitation item: one top-level attribute per rule
 * (`reminder#T-14`, `reminder#manual#1`), written in the same transaction as the reminder record,
 * so the campaign page reads a page of Jobcenters with their reminders in one Query. A top-level
 * attribute needs no parent map (invitations written before it existed take it as they are); the
 * invitation's own fields, version and indexes stay untouched.
 */
export const REMINDER_FACT_PREFIX = 'reminder#';

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

/** Whether the page shows the record (skipped ones are neither shown nor kept). */
export const keepsFact = (record: ReminderRecord) => record.status !== 'skipped';

/** Sets the record's fact on its invitation; the invitation must exist (never creates one). */
export const reminderFactUpdate = (tableName: string, record: ReminderRecord): TransactItem => ({
  Update: {
    TableName: tableName,
    Key: keys.invitation(record.campaignId, record.jobcenterId),
    UpdateExpression: 'SET #fact = :fact',
    ConditionExpression: 'attribute_exists(pk)',
    ExpressionAttributeNames: { '#fact': `${REMINDER_FACT_PREFIX}${record.rule}` },
    ExpressionAttributeValues: { ':fact': reminderFact(record) },
  },
});

/** The facts kept on an invitation item, oldest first. */
export const reminderFactsOf = (item: Record<string, unknown>): ReminderFact[] =>
  Object.entries(item)
    .filter(([name]) => name.startsWith(REMINDER_FACT_PREFIX))
    .map(([, value]) => ReminderFact.parse(value))
    .sort((a, b) => a.at.localeCompare(b.at) || a.rule.localeCompare(b.rule));
