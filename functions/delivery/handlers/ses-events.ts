import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { logger } from '../../shared/logger';
import { clock } from '../../wiring/core';
import { deliveryStore as store } from '../../wiring/delivery';
import { SesEvent } from '../ses-event';
import { makeRecordSesEvent } from '../use-cases/record-ses-event';

const recordSesEvent = makeRecordSesEvent({ store, clock });

/**
 * SNS subscriber for the SES configuration set's events (delivery, bounce, complaint). Locally the
 * dev tools inject the official SES samples into this same handler. A malformed message or an
 * unknown event type is logged and dropped: it could never succeed on retry.
 */
export const handler = middy<SNSEvent>().handler(async (event) => {
  for (const record of event.Records) {
    let parsed: SesEvent;
    try {
      parsed = SesEvent.parse(JSON.parse(record.Sns.Message));
    } catch {
      logger.warn('SES event dropped', { snsMessageId: record.Sns.MessageId });
      continue;
    }
    const result = await recordSesEvent(parsed, record.Sns.MessageId);
    logger.info('SES event', {
      kind: parsed.kind,
      recorded: result.recorded,
      flagged: result.flagged.length,
    });
  }
});
