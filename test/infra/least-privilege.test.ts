import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type RouteDef, SCHEDULES, type ScheduleDef } from '../../functions/api/routes';
import { AppFunction, type FunctionGrants } from '../../infra/constructs/app-function';
import { grantsOf, type StatelessStack } from '../../infra/stateless-stack';
import { actionsOf, buildTestApp, type Statement, statementsOfRole } from './support';

const TABLE_WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;
const SES_SEND = ['ses:SendEmail', 'ses:SendRawEmail'] as const;

const DEFS: readonly (RouteDef | ScheduleDef)[] = [...ROUTES, ...SCHEDULES];

describe('least privilege, derived from the grants in functions/api/routes.ts', () => {
  let stack: StatelessStack;
  let template: Template;
  const statementsOf = (id: string): Statement[] => {
    const fn = stack.functions[id];
    if (!fn) throw new Error(`no function ${id}`);
    return statementsOfRole(template, stack.getLogicalId(fn.role.node.defaultChild as CfnRole));
  };

  beforeAll(() => {
    stack = buildTestApp().stateless;
    template = Template.fromStack(stack);
  });

  it.each(DEFS.map((d) => [d.id, d] as const))('%s gets exactly its table grant', (id, def) => {
    const actions = actionsOf(statementsOf(id));
    const dynamo = actions.filter((a) => a.startsWith('dynamodb:'));
    if (def.grants.table === 'none') {
      expect(dynamo.filter((a) => a !== 'dynamodb:DescribeTable')).toEqual([]);
    }
    if (def.grants.table === 'read') {
      expect(dynamo).toContain('dynamodb:Query');
      for (const write of TABLE_WRITES) expect(actions).not.toContain(write);
    }
    if (def.grants.table === 'readWrite') {
      for (const write of TABLE_WRITES) expect(actions).toContain(write);
    }
    if (!('describeTable' in def.grants) && def.grants.table === 'none') {
      expect(dynamo).toEqual([]);
    }
  });

  it.each(DEFS.map((d) => [d.id, d] as const))(
    '%s may send e-mail only if its grants say sendMail',
    (id, def) => {
      const actions = actionsOf(statementsOf(id));
      for (const send of SES_SEND) {
        if (def.grants.sendMail) expect(actions).toContain(send);
        else expect(actions).not.toContain(send);
      }
      if (!grantsOf(def).sendQuota) expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
    },
  );

  it('lets the health function describe the table and read the SES send quota', () => {
    const actions = actionsOf(statementsOf('health'));
    expect(actions).toContain('dynamodb:DescribeTable');
    expect(actions).toContain('ses:GetSendQuota');
    expect(actions).not.toContain('ses:SendEmail');
  });

  it('never grants an action wildcard like dynamodb:* or ses:*', () => {
    for (const def of DEFS) {
      for (const action of actionsOf(statementsOf(def.id))) expect(action).not.toMatch(/^[a-z0-9-]+:\*$/);
    }
  });

  it('lets each schedule role invoke only its own function (and write to its dead-letter queue)', () => {
    for (const def of SCHEDULES) {
      const job = stack.schedules[def.id];
      if (!job) throw new Error(`no schedule ${def.id}`);
      const statements = statementsOfRole(
        template,
        stack.getLogicalId(job.role.node.defaultChild as CfnRole),
      );
      expect(actionsOf(statements).sort()).toEqual(['lambda:InvokeFunction', 'sqs:SendMessage']);
      const fnLogicalId = stack.getLogicalId(stack.functions[def.id]?.function.node.defaultChild as never);
      const invoke = statements.find((s) => actionsOf([s]).includes('lambda:InvokeFunction'));
      expect(JSON.stringify(invoke?.Resource)).toContain(fnLogicalId);
      expect(JSON.stringify(invoke?.Resource).match(/"Fn::GetAtt"/g)).toHaveLength(2); // ARN and ARN:*
    }
  });
});

describe('AppFunction grant mapping (for sendMail, which no route uses yet)', () => {
  const synth = (grants: FunctionGrants) => {
    const stack = new Stack(new App(), 'Test', { env: { account: '111111111111', region: 'eu-central-1' } });
    const table = new dynamodb.TableV2(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    });
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
      },
      environment: {},
      logLevel: 'INFO',
      timeout: Duration.seconds(10),
      skipBundling: true,
    });
    const template = Template.fromStack(stack);
    return statementsOfRole(template, stack.getLogicalId(fn.role.node.defaultChild as CfnRole));
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
    const quota = statements.find((s) => actionsOf([s]).includes('ses:GetSendQuota'));
    expect(quota?.Resource).toBe('*');
  });

  it('describeTable without table access: DescribeTable on the table ARN only', () => {
    const statements = synth({ table: 'none', sendMail: false, describeTable: true });
    expect(actionsOf(statements).filter((a) => a.startsWith('dynamodb:'))).toEqual([
      'dynamodb:DescribeTable',
    ]);
    expect(actionsOf(statements).filter((a) => a.startsWith('ses:'))).toEqual([]);
  });
});
