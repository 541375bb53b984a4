import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { Accession } from '../accessions/accession';
import { ConflictError } from '../shared/errors';
import type { AccessionStore } from '../shared/ports';
import { AccessionRecord } from './accession-record';
import { auditItem } from './audit-item';
import { isConditionFailure, queryListByKind, type TableContext, withoutKeys } from './dynamo-shared';
import { measureSetPut } from './evaluation-store';
import { transactWrite, withBefore, withInvitationStates } from './invitation-writes';
import { mailWriteItems } from './outbox-store';
import { KIND, keys } from './table-design';

const accessionPut = (tableName: string, accession: Accession) => ({
  Put: {
    TableName: tableName,
    Item: {
      ...keys.accession(accession.jobcenterId),
      ...keys.accessionList(accession.accededOn, accession.confirmedAt),
      entity: KIND.accession,
      ...Accession.parse(accession),
    },
    // One accession per Jobcenter: entering a paper declaration twice, or confirming after a paper
    // entry, is refused instead of overwriting what was recorded.
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

const alreadyAcceded = (e: unknown) =>
  new ConflictError('Für dieses Jobcenter ist bereits ein Beitritt erfasst.', { cause: e });

/** Kept beside the registry entry (own sort key) so a registry import never touches it. */
export const makeAccessionStore = ({ doc, tableName }: TableContext): AccessionStore => ({
  async recordAccession({ accession, measureSets, audit, invitation }, mail) {
    const context = { doc, tableName };
    const moves = invitation
      ? await withBefore(context, [{ ...invitation, jobcenterId: accession.jobcenterId }])
      : [];
    const mails = await withInvitationStates(context, mail);
    try {
      await transactWrite(doc, [
        accessionPut(tableName, accession),
        ...measureSets.map((set) => measureSetPut(tableName, set)),
        {
          Put: {
            TableName: tableName,
            Item: auditItem(audit),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        // Its e-mails (outbox), in the same transaction: recorded means queued. The invitation
        // moves to confirmed with them: one update of the campaign summary for all transitions.
        ...mailWriteItems(tableName, mails, moves),
      ]);
    } catch (e) {
      if (isConditionFailure(e)) throw alreadyAcceded(e);
      throw e;
    }
  },
  async importAccessions(accessions, audit) {
    try {
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            ...accessions.map((a) => accessionPut(tableName, a)),
            {
              Put: {
                TableName: tableName,
                Item: auditItem(audit),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (e) {
      if (isConditionFailure(e)) throw alreadyAcceded(e);
      throw e;
    }
  },
  async getAccession(jobcenterId) {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.accession(jobcenterId), ConsistentRead: true }),
    );
    return Item ? AccessionRecord.parse(withoutKeys(Item)) : undefined;
  },
  async listAccessions() {
    const items = await queryListByKind({ doc, tableName }, KIND.accession);
    return items.map((i) => AccessionRecord.parse(withoutKeys(i)));
  },
});
