import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { AppFunction, type FunctionGrants } from '../../infra/constructs/app-function';
import { actionsOf, statementsOfRole } from './support';

/**
 * The AppFunction construct alone, in a scratch stack: which IAM statements and environment each
 * grant of functions/api/routes.ts turns into (least-privilege.test.ts checks the whole app).
 */
describe('AppFunction grant mapping', () => {
  const synth = (grants: FunctionGrants, withQueue = false, withSecret = false) => {
    const stack = new Stack(new App(), 'Test', { env: { account: '111111111111', region: 'eu-central-1' } });
    const table = new dynamodb.TableV2(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    });
    const sendQueue = withQueue ? new sqs.Queue(stack, 'Queue') : undefined;
    const linkKeySecret = withSecret
      ? new secretsmanager.Secret(stack, 'LinkKey', { encryptionKey: new kms.Key(stack, 'LinkKeyKey') })
      : undefined;
    const fn = new AppFunction(stack, 'Fn', {
      id: 'sender',
      entry: 'functions/health/handler.ts',
      description: 'test',
      grants,
      resources: {
        table,
        mail: {
          identityArn: 'arn:aws:ses:eu-central-1:111111111111:identity/inklusion.example.org',
          configurationSetArn: 'arn:aws:ses:eu-central-1:111111111111:configuration-set/cs',
          from: 'noreply@inklusion.example.org',
        },
        sendQueue,
        linkKeySecret,
      },
      environment: {},
      logLevel: 'INFO',
      timeout: Duration.seconds(10),
      skipBundling: true,
    });
    const template = Template.fromStack(stack);
    const fnResource =
      template.findResources('AWS::Lambda::Function')[
        stack.getLogicalId(fn.function.node.defaultChild as never)
      ];
    const variables =
      (fnResource?.Properties as { Environment?: { Variables: Record<string, unknown> } } | undefined)
        ?.Environment?.Variables ?? {};
    return Object.assign(
      statementsOfRole(template, stack.getLogicalId(fn.role.node.defaultChild as CfnRole)),
      { variables },
    );
  };

  it('sendMail: SendEmail/SendRawEmail on the identity and configuration set only, from MAIL_FROM', () => {
    const statements = synth({ table: 'none', sendMail: true });
    const send = statements.find((s) => actionsOf([s]).includes('ses:SendEmail'));
    expect(send).toMatchObject({
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Resource: [
        'arn:aws:ses:eu-central-1:111111111111:identity/inklusion.example.org',
        'arn:aws:ses:eu-central-1:111111111111:configuration-set/cs',
      ],
      Condition: { StringEquals: { 'ses:FromAddress': 'noreply@inklusion.example.org' } },
    });
    // Sending does not read the quota; only `sendQuota` grants GetSendQuota (on "*", account-level).
    expect(actionsOf(statements)).not.toContain('ses:GetSendQuota');
    const probe = synth({ table: 'none', sendMail: false, sendQuota: true });
    expect(probe.find((s) => actionsOf([s]).includes('ses:GetSendQuota'))?.Resource).toBe('*');
  });

  it('describeTable without table access: DescribeTable on the table ARN only', () => {
    const statements = synth({ table: 'none', sendMail: false, describeTable: true });
    expect(actionsOf(statements).filter((a) => a.startsWith('dynamodb:'))).toEqual([
      'dynamodb:DescribeTable',
    ]);
    expect(actionsOf(statements).filter((a) => a.startsWith('ses:'))).toEqual([]);
  });

  it('enqueue: SendMessage on the send queue only, and none without a queue', () => {
    const statements = synth({ table: 'none', sendMail: false, enqueue: true }, true);
    const send = statements.find((s) => actionsOf([s]).includes('sqs:SendMessage'));
    expect(actionsOf(statements).filter((a) => a.startsWith('sqs:'))).toEqual(
      expect.arrayContaining(['sqs:SendMessage']),
    );
    expect(actionsOf(statements)).not.toContain('sqs:ReceiveMessage');
    expect(send?.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^Queue/), 'Arn'] });
    expect(() => synth({ table: 'none', sendMail: false, enqueue: true })).toThrow(/no send queue/);
  });

  it('linkKey: GetSecretValue on the secret, Decrypt via Secrets Manager, and LINK_KEY_SECRET_ARN', () => {
    const statements = synth({ table: 'none', sendMail: false, linkKey: true }, false, true);
    expect(statements.find((s) => actionsOf([s]).includes('secretsmanager:GetSecretValue'))).toEqual({
      Action: 'secretsmanager:GetSecretValue',
      Effect: 'Allow',
      Resource: { Ref: expect.stringMatching(/^LinkKey/) },
    });
    expect(statements.find((s) => actionsOf([s]).includes('kms:Decrypt'))).toEqual({
      Action: 'kms:Decrypt',
      Effect: 'Allow',
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^LinkKeyKey/), 'Arn'] },
      Condition: {
        StringEquals: {
          'kms:ViaService': 'secretsmanager.eu-central-1.amazonaws.com',
          'kms:EncryptionContext:SecretARN': { Ref: expect.stringMatching(/^LinkKey/) },
        },
      },
    });
    expect(statements.variables.LINK_KEY_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^LinkKey/) });
  });

  it('without linkKey: no secret access and no LINK_KEY_SECRET_ARN, even when the secret exists', () => {
    const statements = synth({ table: 'read', sendMail: true }, false, true);
    expect(actionsOf(statements).filter((a) => a.startsWith('secretsmanager:'))).toEqual([]);
    expect(actionsOf(statements)).not.toContain('kms:Decrypt');
    expect(statements.variables.LINK_KEY_SECRET_ARN).toBeUndefined();
    expect(() => synth({ table: 'none', sendMail: false, linkKey: true })).toThrow(/no link key secret/);
  });
});
