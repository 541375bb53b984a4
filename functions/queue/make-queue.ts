import { SQSClient } from '@aws-sdk/client-sqs';
import type { Config } from '../config';
import type { Queue } from '../shared/ports';
import { inProcessQueue } from './in-process-queue';
import { makeSqsQueue } from './sqs-queue';

export const makeQueue = (config: Pick<Config, 'SEND_QUEUE_URL' | 'AWS_REGION' | 'STAGE'>): Queue => {
  if (config.SEND_QUEUE_URL)
    return makeSqsQueue({
      client: new SQSClient({ region: config.AWS_REGION }),
      queueUrl: config.SEND_QUEUE_URL,
    });
  if (config.STAGE === 'aws') throw new Error('SEND_QUEUE_URL is required in AWS');
  return inProcessQueue;
};
