import { describe, expect, it } from 'vitest';
import {
  dataClassOf,
  erasureVerdict,
  findOccurrences,
  pseudonyms,
} from '../../functions/privacy/erasure-rules';
import { PrivacyRequestBody } from '../../functions/privacy/privacy-request';
import { RETENTION } from '../../functions/privacy/retention-policy';
import { addressKey } from '../../functions/records/records-request';
import { Jobcenter } from '../../functions/registry/jobcenter';

const ADDRESS = 'anna.alt@jc-x.example.org';
const p = pseudonyms('ab12cd34');

describe('finding an address', () => {
  it('finds the address in a key that holds only its lookup hash, and erases that item', () => {
    const entry = {
      pk: `CONTACT#${addressKey(ADDRESS)}`,
      sk: 'JOBCENTER#jc-x',
      entity: 'CONTACT_ADDRESS',
      jobcenterId: 'jc-x',
    };
    const found = findOccurrences(entry, 'Anna.Alt@jc-x.example.org ');
    expect(found).toEqual([
      {
        pk: 'CONTACT#<adresse>',
        sk: 'JOBCENTER#jc-x',
        entity: 'CONTACT_ADDRESS',
        path: 'pk',
        dataClass: 'contacts',
      },
    ]);
    expect(erasureVerdict(entry, ADDRESS, p)).toEqual({ action: 'delete', dataClass: 'contacts' });
    expect(findOccurrences(entry, 'someone.else@jc-x.example.org')).toEqual([]);
    expect(erasureVerdict(entry, 'someone.else@jc-x.example.org', p)).toBeUndefined();
  });

  it('finds it in keys, nested fields and free text, case-insensitively, and masks it in the key', () => {
    const found = findOccurrences(
      {
        pk: `ADDRESS#${ADDRESS}`,
        sk: 'STATE',
        entity: 'ADDRESS',
        address: 'Anna.Alt@JC-X.example.org',
        detail: { list: ['x@y.de', `Bitte an ${ADDRESS} senden`] },
      },
      ADDRESS,
    );
    expect(found.map((f) => f.path)).toEqual(['pk', 'address', 'detail.list[1]']);
    expect(found[0]).toMatchObject({ pk: 'ADDRESS#<adresse>', sk: 'STATE', dataClass: 'address-states' });
    expect(JSON.stringify(found).toLowerCase()).not.toContain(ADDRESS);
  });

  it('finds nothing where only a similar address is stored', () => {
    expect(
      findOccurrences({ pk: 'JOBCENTER#x', sk: 'PROFILE', email: 'anna.alt@jc-y.example.org' }, ADDRESS),
    ).toEqual([]);
  });

  it('names a data class of the retention policy for every entity it knows', () => {
    const ids = new Set(RETENTION.map((c) => c.id));
    for (const entity of [
      'JOBCENTER',
      'INVITATION',
      'EMAIL_EVENT',
      'ADDRESS',
      'AUDIT',
      'DRAFT',
      'SUBMISSION',
      'PRIVACY_REQUEST',
    ])
      expect(ids.has(dataClassOf(entity))).toBe(true);
    expect(dataClassOf('SOMETHING_NEW')).toBe('other');
  });
});

describe('erasure verdicts', () => {
  it('deletes items that exist only for the address, and items whose key holds it', () => {
    expect(
      erasureVerdict(
        { pk: 'EMAIL#m1', sk: 'EVENT#e1', entity: 'EMAIL_EVENT', addresses: [ADDRESS] },
        ADDRESS,
        p,
      ),
    ).toEqual({
      action: 'delete',
      dataClass: 'delivery-events',
    });
    expect(
      erasureVerdict({ pk: `QUOTA#link#${ADDRESS}`, sk: '2026-12-01', count: 1 }, ADDRESS, p)?.action,
    ).toBe('delete');
  });

  it('pseudonymises a contact: address and the name beside it, and the result is still a valid Jobcenter', () => {
    const jobcenter = {
      id: 'jc-x',
      name: 'Jobcenter X',
      mainContact: { name: 'Anna Alt', email: ADDRESS },
      deputyContact: { name: 'Bernd Bleibt', email: 'bernd@jc-x.example.org' },
    };
    const verdict = erasureVerdict(
      { pk: 'JOBCENTER#jc-x', sk: 'PROFILE', entity: 'JOBCENTER', ...jobcenter },
      ADDRESS,
      p,
    );
    expect(verdict).toEqual({
      action: 'pseudonymise',
      dataClass: 'contacts',
      set: { mainContact: { name: 'gelöscht-ab12cd34', email: 'geloescht-ab12cd34@geloescht.invalid' } },
    });
    // The pseudonym is an address that validates (and can never be delivered: RFC 2606 .invalid).
    const mainContact = (verdict as { set: Record<string, unknown> }).set.mainContact;
    expect(Jobcenter.shape.mainContact.safeParse(mainContact).success).toBe(true);
  });

  it('keeps ministry records: the name becomes the role, the address a placeholder, the rest stays', () => {
    const verdict = erasureVerdict(
      {
        pk: 'CAMPAIGN#c#JOBCENTER#jc-x',
        sk: 'SUBMISSION#0001',
        entity: 'SUBMISSION',
        answers: {
          geschaeftsfuehrung: { name: 'Dr. Anna Alt', funktion: 'Geschäftsführerin', email: ADDRESS },
          inklusionsKontakt: { bezeichnung: 'Anna Alt', email: ADDRESS, istFunktionspostfach: false },
          ausgangslage: { hf1: 'Gute Lage' },
        },
      },
      ADDRESS,
      p,
    );
    expect(verdict).toEqual({
      action: 'pseudonymise',
      dataClass: 'submissions',
      set: {
        answers: {
          geschaeftsfuehrung: { name: 'Geschäftsführung', funktion: 'Geschäftsführerin', email: p.address },
          inklusionsKontakt: { bezeichnung: 'Ansprechperson', email: p.address, istFunktionspostfach: false },
          ausgangslage: { hf1: 'Gute Lage' },
        },
      },
    });
  });

  it('replaces an audit actor by the role and an address inside free text', () => {
    const verdict = erasureVerdict(
      {
        pk: 'AUDIT#REGISTRY',
        sk: '2026-01-01T00:00:00.000Z#a1',
        entity: 'AUDIT',
        actor: { sub: 'staff-7', email: ADDRESS },
        detail: {
          note: `Korrektur für ${ADDRESS.toUpperCase()}`,
          toEmail: ADDRESS,
          toName: 'Anna Alt',
          fromName: 'Bernd',
        },
      },
      ADDRESS,
      p,
    );
    expect(verdict).toEqual({
      action: 'pseudonymise',
      dataClass: 'audit-actors',
      set: {
        actor: { sub: 'mags', email: p.address },
        detail: { note: `Korrektur für ${p.address}`, toEmail: p.address, toName: p.name, fromName: 'Bernd' },
      },
    });
  });

  it('returns nothing once the address is gone, so a rerun changes nothing', () => {
    const item = {
      pk: 'CAMPAIGN#c',
      sk: 'INVITATION#jc-x',
      entity: 'INVITATION',
      recipients: [ADDRESS, 'b@x.de'],
    };
    const verdict = erasureVerdict(item, ADDRESS, p);
    expect(verdict).toMatchObject({ set: { recipients: [p.address, 'b@x.de'] } });
    const after = { ...item, ...(verdict as { set: object }).set };
    expect(erasureVerdict(after, ADDRESS, p)).toBeUndefined();
    expect(findOccurrences(after, ADDRESS)).toEqual([]);
  });
});

describe('the request form', () => {
  it('names the field of each error in German', () => {
    const result = PrivacyRequestBody.safeParse({ email: 'kein-at', kind: 'x', reason: '' });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]),
    );
    expect(byField.email).toMatch(/gültige E-Mail-Adresse/);
    expect(byField.kind).toMatch(/Art der Anfrage/);
    expect(byField.reason).toMatch(/Anlass/);
  });

  it('refuses a reason that repeats the address (it would outlive the erasure)', () => {
    const result = PrivacyRequestBody.safeParse({
      email: ADDRESS,
      kind: 'erasure',
      reason: `Mail von ${ADDRESS}`,
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['reason']);
  });
});
