import { describe, expect, it } from 'vitest';
import { linkAddressDropped } from '../../functions/delivery/use-cases/correct-contacts';

const contacts = (main: string, deputy: string, name = 'Frau Muster') => ({
  mainContact: { name, email: main },
  deputyContact: { name: 'Herr Muster', email: deputy },
});

describe('contact correction: links follow the addresses', () => {
  const before = contacts('gf@jc.example.org', 'inklusion@jc.example.org');

  it('keeps the links when only names change, addresses differ in case or main and deputy swap', () => {
    expect(linkAddressDropped(before, contacts('gf@jc.example.org', 'inklusion@jc.example.org', 'Neu'))).toBe(
      false,
    );
    expect(linkAddressDropped(before, contacts(' GF@jc.example.org', 'Inklusion@JC.example.org'))).toBe(
      false,
    );
    expect(linkAddressDropped(before, contacts('inklusion@jc.example.org', 'gf@jc.example.org'))).toBe(false);
  });

  it('ends them when an address that received the link is no longer a contact', () => {
    expect(linkAddressDropped(before, contacts('neu@jc.example.org', 'inklusion@jc.example.org'))).toBe(true);
    expect(linkAddressDropped(before, contacts('gf@jc.example.org', 'neu@jc.example.org'))).toBe(true);
  });
});
