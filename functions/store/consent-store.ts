import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConsentLinkRecord } from '../consent/consent-link-record';
import { NotFoundError } from '../shared/errors';
import type { ConsentStore } from '../shared/ports';
import { transactWithAudit } from './audit-item';
import { epochSeconds, isConditionFailure, type TableContext, withoutKeys } from './dynamo-shared';
import { keys } from './table-design';

/** Consent links expire by TTL as well; reads still check `expiresAt` (TTL deletes lazily). */
export const makeConsentStore = ({ doc, tableName }: TableContext): ConsentStore => ({
  async putConsentLink(link) {
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.consentLink(link.hash),
          entity: 'CONSENT_LINK',
          ...ConsentLinkRecord.parse(link),
          expiresAtEpoch: epochSeconds(link.expiresAt),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  },

  async getConsentLink(hash) {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.consentLink(hash), ConsistentRead: true }),
    );
    return Item ? ConsentLinkRecord.parse(withoutKeys(Item)) : undefined;
  },

  async revokeConsentLink(hash, at) {
    await doc
      .send(
        new UpdateCommand({
          TableName: tableName,
          Key: keys.consentLink(hash),
          UpdateExpression: 'SET revokedAt = if_not_exists(revokedAt, :at)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': at },
        }),
      )
      .catch((e: unknown) => {
        if (!isConditionFailure(e)) throw e;
      });
  },

  async setPublicListing(jobcenterId, publicListing, audit) {
    await transactWithAudit(
      { doc, tableName },
      {
        Update: {
          TableName: tableName,
          Key: keys.accession(jobcenterId),
          UpdateExpression: 'SET publicListing = :v',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':v': publicListing },
        },
      },
      audit,
      (cause) => new NotFoundError('Für dieses Jobcenter ist kein Beitritt erfasst.', { cause }),
    );
  },
});
