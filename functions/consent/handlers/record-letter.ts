import * as z from 'zod';
import { JobcenterId } from '../../registry/jobcenter';
import { httpHandler, principalOf } from '../../shared/http/http-handler';
import { parseJsonBody, parsePath } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { consentStore as store } from '../../wiring/consent';
import { clock } from '../../wiring/core';
import { LetterWithdrawalBody } from '../consent';
import { makeRecordLetterWithdrawal } from '../use-cases/record-letter-withdrawal';

const recordLetter = makeRecordLetterWithdrawal({ store, clock });

/** MAGS records a withdrawal of the consent to publication received by letter (audited). */
export const handler = httpHandler('recordConsentLetter').handler(async (event, context) => {
  const { id } = parsePath(event, z.object({ id: JobcenterId }));
  const body = parseJsonBody(event, LetterWithdrawalBody);
  return json(200, await recordLetter(id, body, principalOf(context)));
});
