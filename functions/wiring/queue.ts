import { makeQueue } from '../queue/make-queue';
import { config } from './core';

/** Composition root, queue part: the send queue (SQS in AWS, in-process locally). */
export const queue = makeQueue(config);
