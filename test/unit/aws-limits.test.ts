import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  MAX_ACCESSION_IMPORT_BYTES,
  MAX_ACCESSION_IMPORT_ROWS,
} from '../../functions/accessions/accession-csv';
import { MAX_EXPORT_BYTES } from '../../functions/evaluation/export-file';
import { MAX_DRAFT_BYTES } from '../../functions/forms/use-cases/save-draft';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../functions/registry/registry-csv';
import { AWS_LIMITS } from '../../functions/shared/aws-limits';
import { MAX_BODY_BYTES } from '../../functions/shared/http/request';
import { makeCampaignStore } from '../../functions/store/campaign-store';
import { makeDeliveryStore } from '../../functions/store/delivery-store';
import { makeFormRecordStore } from '../../functions/store/form-records-store';
import { dynamoItemSize, dynamoValueSize } from '../../functions/store/item-size';
import { keys } from '../../functions/store/table-design';
import { API_INTEGRATION_TIMEOUT_MS, MAX_BODY_BYTES as LOCAL_MAX_BODY } from '../../local/http-server';
import { largestSelfAssessment as largestDraft, queuedInvitation } from '../fixtures';

const { dynamodb } = AWS_LIMITS;
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v), 'utf8');

/** A document client that records what would be sent and answers like an empty table. */
const recordingDoc = () => {
  const sent: { name: string; input: Record<string, unknown> }[] = [];
  const doc = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      sent.push({ name: command.constructor.name, input: command.input });
      return {};
    },
  } as unknown as DynamoDBDocumentClient;
  return { doc, sent };
};

/** The largest self-assessment draft its schema allows, in 3-byte characters, rated. */
const largestSelfAssessment = () => largestDraft('€', { bewertung: 5 });

describe('DynamoDB limits: the code stays inside them', () => {
  it('an item of answers is never larger in DynamoDB than its JSON, which the draft cap bounds', () => {
    const answers = largestSelfAssessment();
    expect(dynamoValueSize(answers)).toBeLessThanOrEqual(bytes(answers));
    // The draft cap is what keeps it inside: the schema alone would allow more than one item.
    expect(bytes(answers)).toBeGreaterThan(MAX_DRAFT_BYTES);
  });

  it('the largest submission item (answers at the draft cap) fits in 400 KB', () => {
    const text = '€'.repeat(Math.floor((MAX_DRAFT_BYTES - 20) / 3));
    const answers = { text };
    expect(bytes(answers)).toBeLessThanOrEqual(MAX_DRAFT_BYTES);
    const campaignId = 'c'.repeat(36);
    const item = {
      ...keys.submission(campaignId, 'kreis-recklinghausen', 9999),
      ...keys.submissionOfJobcenter('kreis-recklinghausen', '2027-12-31T23:59:59.999Z'),
      entity: 'SUBMISSION',
      campaignId,
      jobcenterId: 'kreis-recklinghausen',
      fragebogen: 'selbstbewertung-sb-2026',
      version: 9999,
      answers,
      submittedAt: '2027-12-31T23:59:59.999Z',
      receiptNumber: 'RV-2027-KREIS-RECKLINGHAUSEN-9999',
      contentHash: 'f'.repeat(64),
    };
    const size = dynamoItemSize(item);
    console.info(`largest submission item: ${size} B of ${dynamodb.itemBytes} B`);
    expect(size).toBeLessThan(dynamodb.itemBytes);
  });

  it('imports are one transaction of at most 100 items and 4 MB', () => {
    const imports: [rows: number, fileBytes: number][] = [
      [MAX_IMPORT_ROWS, MAX_IMPORT_BYTES],
      [MAX_ACCESSION_IMPORT_ROWS, MAX_ACCESSION_IMPORT_BYTES],
    ];
    for (const [rows, fileBytes] of imports) {
      // rows + the audit event
      expect(rows + 1).toBeLessThanOrEqual(dynamodb.transactItems);
      // every byte of the file at most three times (UTF-8 of a 1-byte CSV character as item text,
      // with keys and attribute names) stays far below 4 MB
      expect(3 * fileBytes + (rows + 1) * 2048).toBeLessThan(dynamodb.transactBytes);
    }
  });

  it('invitations are created in transactions of at most 100 (99 and the summary counters)', async () => {
    const { doc, sent } = recordingDoc();
    const invitation = (i: number) => queuedInvitation('c1', i, '2027-01-01T00:00:00.000Z');
    await makeCampaignStore({ doc, tableName: 't' }).createInvitations(
      Array.from({ length: 250 }, (_, i) => invitation(i)),
    );
    const sizes = sent.map((s) => (s.input.TransactItems as unknown[]).length);
    expect(sizes).toEqual([100, 100, 53]);
  });

  it('an SES event of the most recipients SES allows is one transaction', async () => {
    const { doc, sent } = recordingDoc();
    const addresses = Array.from(
      { length: AWS_LIMITS.ses.recipientsPerMessage },
      (_, i) => `a${i}@x.example`,
    );
    await makeDeliveryStore({ doc, tableName: 't' }).recordEmailEvent(
      { messageId: 'm', eventId: 'e', type: 'bounce-permanent', at: '2027-01-01T00:00:00.000Z', addresses },
      { hard: 'hard-bounce' },
    );
    const items = sent[0]?.input.TransactItems as unknown[];
    expect(items).toHaveLength(AWS_LIMITS.ses.recipientsPerMessage + 1);
    expect(items.length).toBeLessThanOrEqual(dynamodb.transactItems);
  });

  it('a form request reads its records with one BatchGet of at most 100 keys', async () => {
    const { doc, sent } = recordingDoc();
    await makeFormRecordStore({ doc, tableName: 't' }).getFormItems(
      { linkHash: 'h', campaignId: 'c', jobcenterId: 'j' },
      { draft: true },
    );
    const requestItems = sent[0]?.input.RequestItems as Record<string, { Keys: unknown[] }>;
    expect(requestItems.t?.Keys.length).toBeLessThanOrEqual(dynamodb.batchGetKeys);
  });
});

describe('HTTP limits: the local server refuses what API Gateway refuses', () => {
  it('uses API Gateway’s payload limit and integration timeout', () => {
    expect(LOCAL_MAX_BODY).toBe(AWS_LIMITS.apiGateway.payloadBytes);
    expect(API_INTEGRATION_TIMEOUT_MS).toBe(AWS_LIMITS.apiGateway.integrationTimeoutMs);
  });

  it('handlers refuse bodies and build answers well inside the Lambda payload limit', () => {
    expect(MAX_BODY_BYTES).toBeLessThan(AWS_LIMITS.lambda.payloadBytes);
    expect(MAX_EXPORT_BYTES).toBeLessThan(AWS_LIMITS.lambda.payloadBytes);
  });
});
