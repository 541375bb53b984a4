import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAIL_FROM_LOCAL_PART, sendingAddress } from '../functions/mailer/sending-identity';

/**
 * MAIL_FROM of the local system: the address the CDK stacks send from and put in the IAM condition
 * (`sendingAddress` of cdk.json's `mailFromLocalPart` and `mailDomain`, read as infra/config.ts
 * reads them), so the local SES path refuses exactly the senders IAM refuses in AWS.
 */
export const localMailFrom = (root: string): string => {
  const { context = {} } = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as {
    context?: { mailFromLocalPart?: unknown; mailDomain?: unknown };
  };
  const { mailFromLocalPart = DEFAULT_MAIL_FROM_LOCAL_PART, mailDomain } = context;
  if (typeof mailDomain !== 'string' || !mailDomain || typeof mailFromLocalPart !== 'string') {
    throw new Error('cdk.json: context "mailDomain" (and "mailFromLocalPart", if set) must be strings');
  }
  return sendingAddress({ mailFromLocalPart: mailFromLocalPart || DEFAULT_MAIL_FROM_LOCAL_PART, mailDomain });
};
