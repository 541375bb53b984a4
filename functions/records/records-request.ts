import { createHash } from 'node:crypto';
import * as z from 'zod';
import { normaliseAddress } from '../shared/address';

/**
 * The request for a records link (records-link.ts): its one field, its limits, its one answer, and
 * the hash an address is looked up by. Kept apart so the request handler bundles little.
 */
/** Requests per client address and hour, and per e-mail address and hour. */
export const RECORDS_REQUESTS_PER_CLIENT_HOUR = 10;
export const RECORDS_REQUESTS_PER_ADDRESS_HOUR = 3;

/** The request form's one field; the message names it. */
export const RecordsRequestBody = z
  .object({
    email: z
      .email('Bitte eine gültige E-Mail-Adresse angeben.')
      .max(254, 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.'),
  })
  .strict()
  .meta({ id: 'RecordsRequest' });

/** The one answer to every valid request, whether the address is known or not. */
export const RECORDS_REQUEST_ANSWER =
  'Wenn die Adresse bei uns als Kontakt eines Jobcenters hinterlegt ist, erhalten Sie in wenigen Minuten eine E-Mail mit einem persönlichen Link zu Ihren Unterlagen. Der Link ist 7 Tage gültig.';

/**
 * The key under which an e-mail address is looked up: the SHA-256 of the normalised address, so
 * the index holds no address in clear. The hash can still be found again by guessing the address:
 * access and erasure requests find and delete these entries too (functions/privacy/erasure-rules.ts).
 */
export const addressKey = (address: string): string =>
  createHash('sha256').update(normaliseAddress(address), 'utf8').digest('hex');
