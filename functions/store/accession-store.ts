import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { AccessionStore } from '../shared/ports';
import { queryListByKind, type TableContext, withoutKeys } from './dynamo-shared';
import { KIND, keys } from './table-design';

const AccessionRecord = z.object({
  jobcenterId: z.string(),
  campaignId: z.string(),
  submissionVersion: z.number().int().positive(),
  confirmedAt: z.iso.datetime(),
  confirmedBy: z.string(),
  publicListing: z.boolean(),
});

/** Kept beside the registry entry (own sort key) so a registry import never touches it. */
export const makeAccessionStore = ({ doc, tableName }: TableContext): AccessionStore => ({
  async putAccession(accession) {
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          ...keys.accession(accession.jobcenterId),
          ...keys.accessionList(accession.confirmedAt),
          entity: KIND.accession,
          ...AccessionRecord.parse(accession),
        },
      }),
    );
  },
  async getAccession(jobcenterId) {
    const { Item } = await doc.send(
      new GetCommand({ TableName: tableName, Key: keys.accession(jobcenterId) }),
    );
    return Item ? AccessionRecord.parse(withoutKeys(Item)) : undefined;
  },
  async listAccessions() {
    const items = await queryListByKind({ doc, tableName }, KIND.accession);
    return items.map((i) => AccessionRecord.parse(withoutKeys(i)));
  },
});
