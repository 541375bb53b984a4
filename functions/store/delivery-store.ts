import { DeleteCommand, GetCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AddressState } from '../delivery/address-state';
import { AWS_LIMITS } from '../shared/aws-limits';
import type { AddressFlag, DeliveryStore } from '../shared/ports';
import { isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import { keys } from './table-design';

/** The update that flags one address: undeliverable (hard bounce, complaint) or one soft bounce more. */
const flagUpdate = (tableName: string, address: string, change: AddressFlag, at: string) => ({
  TableName: tableName,
  Key: keys.address(address),
  UpdateExpression: [
    'SET #address = :address, entity = :entity, lastEventAt = :at',
    'softBounces = if_not_exists(softBounces, :zero) + :soft',
    change.hard
      ? 'undeliverable = :true, reason = if_not_exists(reason, :reason), since = if_not_exists(since, :at)'
      : 'undeliverable = if_not_exists(undeliverable, :false)',
  ].join(', '),
  ExpressionAttributeNames: { '#address': 'address' },
  ExpressionAttributeValues: {
    ':address': address,
    ':entity': 'ADDRESS',
    ':at': at,
    ':zero': 0,
    ':soft': change.soft ? 1 : 0,
    ...(change.hard ? { ':true': true, ':reason': change.hard } : { ':false': false }),
  },
});

export const makeDeliveryStore = ({ doc, tableName }: TableContext): DeliveryStore => ({
  async recordEmailEvent(event, flag) {
    const addresses = flag ? [...new Set(event.addresses)] : [];
    // SES allows 50 recipients per message, so marker + flags fit one transaction; checked anyway.
    if (addresses.length + 1 > AWS_LIMITS.dynamodb.transactItems)
      throw new Error(`SES event with ${addresses.length} addresses exceeds one transaction`);
    try {
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: tableName,
                Item: { ...keys.emailEvent(event.messageId, event.eventId), entity: 'EMAIL_EVENT', ...event },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...addresses.map((a) => ({ Update: flagUpdate(tableName, a, flag ?? {}, event.at) })),
          ],
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  },

  async getAddressState(address) {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.address(address), ConsistentRead: true }),
    );
    return Item ? AddressState.parse(withoutKeys(Item)) : undefined;
  },

  async flagAddress(address, change, at) {
    const { Attributes } = await doc.send(
      new UpdateCommand({ ...flagUpdate(tableName, address, change, at), ReturnValues: 'ALL_NEW' }),
    );
    return AddressState.parse(withoutKeys(Attributes ?? {}));
  },

  async clearAddress(address) {
    await doc.send(new DeleteCommand({ TableName: tableName, Key: keys.address(address) }));
  },
});
