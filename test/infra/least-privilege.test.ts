import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONSUMERS,
  type ConsumerDef,
  ROUTES,
  type RouteDef,
  SCHEDULES,
  type ScheduleDef,
} from '../../functions/api/routes';
import { AppFunction, type FunctionGrants, readsSendQuota } from '../../infra/constructs/app-function';
import type { StatelessStack } from '../../infra/stateless-stack';
import { actionsOf, buildTestApp, resourcesOf, type Statement, statementsOfRole } from './support';

const TABLE_WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;
const SES_SEND = ['ses:SendEmail', 'ses:SendRawEmail'] as const;
const SQS_CONSUME = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility'] as const;

const DEFS: readonly (RouteDef | ScheduleDef | ConsumerDef)[] = [...ROUTES, ...SCHEDULES, ...CONSUMERS];
const CONSUMER_IDS = new Set<string>(CONSUMERS.map((c) => c.id));

describe('least privilege, derived from the grants in functions/api/routes.ts', () => {
  let stack: StatelessStack;
  let stateful: Stack;
  let template: Template;
  const sendQueueId = () => stack.getLogicalId(stack.sendQueue.queue.node.defaultChild as never);
  const statementsOf = (id: string): Statement[] => {
    const fn = stack.functions[id];
    if (!fn) throw new Error(`no function ${id}`);
    return statementsOfRole(template, stack.getLogicalId(fn.role.node.defaultChild as CfnRole));
  };

  beforeAll(() => {
    const built = buildTestApp();
    stack = built.stateless;
    stateful = built.stateful;
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
      if (!readsSendQuota(def.grants)) expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
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

  it.each(DEFS.map((d) => [d.id, d] as const))(
    '%s may put send jobs in the queue only if its grants say enqueue, and only there',
    (id, def) => {
      const statements = statementsOf(id);
      const send = statements.filter((s) => actionsOf([s]).includes('sqs:SendMessage'));
      if ('enqueue' in def.grants && def.grants.enqueue) {
        expect(send).toHaveLength(1);
        expect(send[0]?.Resource).toEqual({ 'Fn::GetAtt': [sendQueueId(), 'Arn'] });
      } else {
        expect(send, id).toEqual([]);
      }
    },
  );

  it.each(DEFS.map((d) => [d.id, d] as const))(
    '%s may consume from the send queue only if it is a CONSUMERS entry',
    (id) => {
      const statements = statementsOf(id);
      const consume = statements.filter((s) => actionsOf([s]).some((a) => SQS_CONSUME.includes(a as never)));
      if (CONSUMER_IDS.has(id)) {
        expect(actionsOf(consume)).toEqual(expect.arrayContaining([...SQS_CONSUME]));
        for (const statement of consume) {
          expect(statement.Resource).toEqual({ 'Fn::GetAtt': [sendQueueId(), 'Arn'] });
        }
      } else {
        expect(consume, id).toEqual([]);
      }
    },
  );

  it('lets the consumer consume and send mail, but not enqueue', () => {
    for (const def of CONSUMERS) {
      const actions = actionsOf(statementsOf(def.id));
      expect(actions).toEqual(expect.arrayContaining([...SQS_CONSUME, ...SES_SEND]));
      expect(actions).not.toContain('sqs:SendMessage');
    }
  });

  it('grants SES sending and send-queue writes to no role outside the app functions', () => {
    // Every IAM policy of both stacks: the schedule roles, CDK's helper functions, everything.
    const appRoles = new Set(
      Object.values(stack.functions).map((fn) => stack.getLogicalId(fn.role.node.defaultChild as CfnRole)),
    );
    const allowedSenders = new Set(
      DEFS.filter((d) => d.grants.sendMail).map((d) =>
        stack.getLogicalId(stack.functions[d.id]?.role.node.defaultChild as CfnRole),
      ),
    );
    const templates = [template, Template.fromStack(stateful)];
    for (const t of templates) {
      for (const [policyId, policy] of Object.entries(resourcesOf(t, 'AWS::IAM::Policy'))) {
        const roles = (policy.Properties.Roles as { Ref: string }[]).map((r) => r.Ref);
        const statements = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
        const actions = actionsOf(statements.filter((s) => s.Effect === 'Allow'));
        if (actions.some((a) => a.startsWith('ses:Send'))) {
          for (const role of roles) expect(allowedSenders.has(role), `${policyId} (${role})`).toBe(true);
        }
        const onSendQueue = statements.filter(
          (s) => s.Effect === 'Allow' && JSON.stringify(s.Resource).includes(`"${sendQueueId()}"`),
        );
        if (onSendQueue.length > 0) {
          for (const role of roles) expect(appRoles.has(role), `${policyId} (${role})`).toBe(true);
        }
      }
    }
    // Nor does the queue's resource policy allow anyone anything: it only denies plain HTTP.
    const queuePolicies = Object.values(resourcesOf(template, 'AWS::SQS::QueuePolicy'));
    for (const policy of queuePolicies) {
      const statements = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
      expect(statements.map((s) => s.Effect)).toEqual(statements.map(() => 'Deny'));
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

describe('AppFunction grant mapping', () => {
  const synth = (grants: FunctionGrants, withQueue = false) => {
    const stack = new Stack(new App(), 'Test', { env: { account: '111111111111', region: 'eu-central-1' } });
    const table = new dynamodb.TableV2(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    });
    const sendQueue = withQueue ? new sqs.Queue(stack, 'Queue') : undefined;
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
});
