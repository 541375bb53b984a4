import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { sendingAddress } from '../../functions/mailer/sending-identity';
import { readInfraConfig } from '../../infra/config';
import { localMailFrom } from '../../local/mail-from';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8'));

describe('MAIL_FROM of the local system', () => {
  const root = mkdtempSync(join(tmpdir(), 'mail-from-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const withContext = (context: Record<string, unknown>) => {
    writeFileSync(join(root, 'cdk.json'), JSON.stringify({ ...cdkJson, context }));
    return root;
  };

  it('is the address the stacks allow in the IAM condition, built from cdk.json', () => {
    const app = new App({ context: { ...cdkJson.context, alarmEmail: 'betrieb@example.org' } });
    const infra = readInfraConfig(app.node);
    expect(localMailFrom(REPO_ROOT)).toBe(sendingAddress(infra));
    expect(localMailFrom(REPO_ROOT)).toBe(
      `${cdkJson.context.mailFromLocalPart}@${cdkJson.context.mailDomain}`,
    );
  });

  it('follows cdk.json, with the stacks’ default local part when it sets none', () => {
    expect(
      localMailFrom(withContext({ mailDomain: 'mags.nrw.example', mailFromLocalPart: 'kampagnen' })),
    ).toBe('kampagnen@mags.nrw.example');
    const app = new App({
      context: { mailDomain: 'mags.nrw.example', cognitoDomainPrefix: 'x', alarmEmail: 'a@b.de' },
    });
    expect(localMailFrom(withContext({ mailDomain: 'mags.nrw.example' }))).toBe(
      sendingAddress(readInfraConfig(app.node)),
    );
    expect(() => localMailFrom(withContext({}))).toThrow(/mailDomain/);
  });
});
