import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { encodeDisplayName, formatMailbox } from '../../functions/mailer/mailbox';
import {
  allowedByCondition,
  isPermanentSendFailure,
  SendingNotAuthorizedError,
  sendingAddress,
  sendingCondition,
} from '../../functions/mailer/sending-identity';
import { sourceFor } from '../../functions/mailer/ses-mailer';

const FROM = 'inklusion@mags.example.org';

/** Parses a From header as a mail client does (mailparser: RFC 5322 address list + RFC 2047). */
const parseFrom = async (header: string) => {
  const mail = await simpleParser(`From: ${header}\r\nSubject: x\r\n\r\nbody`);
  const from = mail.from;
  return from ? from.value.map(({ name, address }) => ({ name, address })) : [];
};

describe('From header (RFC 5322 / RFC 2047)', () => {
  it.each([
    ['MAGS NRW, Referat II A 3', '"MAGS NRW, Referat II A 3" <inklusion@mags.example.org>'],
    ['Dr. "Maria" Beispiel', '"Dr. \\"Maria\\" Beispiel" <inklusion@mags.example.org>'],
    ['Back\\slash', '"Back\\\\slash" <inklusion@mags.example.org>'],
  ])('quotes the ASCII name %s', async (name, header) => {
    expect(formatMailbox(name, FROM)).toBe(header);
    expect(await parseFrom(header)).toEqual([{ name, address: FROM }]);
  });

  it.each([
    'Ministerium für Arbeit, Gesundheit und Soziales NRW, Referat II A 3',
    'Jürgen Müller-Lüdenscheidt, Büro „Inklusion“',
    'ÄÖÜ äöü ß'.repeat(10),
  ])('encodes a non-ASCII name as encoded-words that arrive as ONE sender: %s', async (name) => {
    const header = formatMailbox(name, FROM);
    expect(header).toMatch(/^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= ?)+ <inklusion@mags\.example\.org>$/);
    expect(header).not.toMatch(/[^\x20-\x7e]/);
    for (const word of header.split(' ').slice(0, -1)) expect(word.length).toBeLessThanOrEqual(75);
    expect(await parseFrom(header)).toEqual([{ name, address: FROM }]);
  });

  it('never lets CR/LF start a new header', () => {
    expect(encodeDisplayName('MAGS\r\nBcc: x@evil.example')).toBe('"MAGS Bcc: x@evil.example"');
  });

  it('sends a display name from the configured address, a mailbox as given (name re-encoded)', () => {
    expect(sourceFor('MAGS NRW, Referat II A 3', FROM)).toBe(`"MAGS NRW, Referat II A 3" <${FROM}>`);
    expect(sourceFor(FROM, FROM)).toBe(FROM);
    expect(sourceFor('MAGS NRW, Referat <other@mags.example.org>', FROM)).toBe(
      '"MAGS NRW, Referat" <other@mags.example.org>',
    );
  });
});

describe('sending identity (one declaration for IAM and the local check)', () => {
  it('builds the address and the IAM condition from the CDK configuration', () => {
    const from = sendingAddress({ mailFromLocalPart: 'noreply', mailDomain: 'inklusion.example.org' });
    expect(sendingCondition(from)).toEqual({
      StringEquals: { 'ses:FromAddress': 'noreply@inklusion.example.org' },
    });
  });

  it('allows the configured address only, exactly as StringEquals compares', () => {
    const condition = sendingCondition(FROM);
    expect(allowedByCondition(condition, `"MAGS NRW" <${FROM}>`)).toBe(true);
    expect(allowedByCondition(condition, FROM)).toBe(true);
    expect(allowedByCondition(condition, 'referat@mags.example.org')).toBe(false);
    expect(allowedByCondition(condition, '"X" <Inklusion@mags.example.org>')).toBe(false);
  });

  it('treats a refusal as permanent, a throttle as retryable', () => {
    expect(isPermanentSendFailure(new SendingNotAuthorizedError('a@b.example', FROM))).toBe(true);
    const throttle = Object.assign(new Error('Maximum sending rate exceeded.'), { name: 'Throttling' });
    expect(isPermanentSendFailure(throttle)).toBe(false);
  });
});
