import { Template } from 'aws-cdk-lib/assertions';
import type { CfnRole } from 'aws-cdk-lib/aws-iam';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONSUMERS,
  type ConsumerDef,
  ROUTES,
  type RouteDef,
  SCHEDULES,
  type ScheduleDef,
  SUBSCRIBERS,
  type SubscriberDef,
} from '../../functions/api/routes';
import { readsSendQuota } from '../../infra/constructs/app-function';
import type { StatefulStack } from '../../infra/stateful-stack';
import type { StatelessStack } from '../../infra/stateless-stack';
import {
  actionsOf,
  buildTestApp,
  resourcesOf,
  type Statement,
  statelessTemplate,
  statementsOfRole,
} from './support';

const TABLE_WRITES = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;
const SES_SEND = ['ses:SendEmail', 'ses:SendRawEmail'] as const;
const SQS_CONSUME = ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility'] as const;

const DEFS: readonly (RouteDef | ScheduleDef | ConsumerDef | SubscriberDef)[] = [
  ...ROUTES,
  ...SCHEDULES,
  ...CONSUMERS,
  ...SUBSCRIBERS,
];
const CONSUMER_IDS = new Set<string>(CONSUMERS.map((c) => c.id));
const SUBSCRIBER_IDS = new Set<string>(SUBSCRIBERS.map((c) => c.id));
const LINK_KEY_IDS = new Set<string>(DEFS.filter((d) => d.grants.linkKey === true).map((d) => d.id));

describe('least privilege, derived from the grants in functions/api/routes.ts', () => {
  let stack: StatelessStack;
  let stateful: StatefulStack;
  let template: Template;
  const sendQueueId = () => stack.getLogicalId(stack.sendQueue.queue.node.defaultChild as never);
  /** The dead-letter queue of a SUBSCRIBERS entry (its SNS redrive and on-failure destination). */
  const subscriberDeadLettersId = (id: string) => {
    const subscriber = stack.subscribers[id];
    if (!subscriber) throw new Error(`no subscriber ${id}`);
    return stack.getLogicalId(subscriber.deadLetterQueue.node.defaultChild as never);
  };
  const roleIdOf = (id: string) => stack.getLogicalId(stack.functions[id]?.role.node.defaultChild as CfnRole);
  /** Cross-stack values arrive as Fn::GetStackOutput of an output named after the logical id. */
  const refersTo = (value: unknown, logicalId: string) =>
    new RegExp(`"OutputName":"PublishOutput(Ref|FnGetAtt)${logicalId}`).test(JSON.stringify(value));
  const linkSecretId = () => stateful.getLogicalId(stateful.linkKeySecret.node.defaultChild as never);
  const linkKmsKeyId = () => stateful.getLogicalId(stateful.linkKeyEncryptionKey.node.defaultChild as never);
  const statementsOf = (id: string): Statement[] => {
    const fn = stack.functions[id];
    if (!fn) throw new Error(`no function ${id}`);
    return statementsOfRole(template, stack.getLogicalId(fn.role.node.defaultChild as CfnRole));
  };

  beforeAll(() => {
    const built = buildTestApp();
    stack = built.stateless;
    stateful = built.stateful;
    template = statelessTemplate(stack);
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
      // Sending never reads the quota; only the health detail (`sendQuota`) does.
      if (!readsSendQuota(def.grants)) expect(actions).not.toContain('ses:GetSendQuota');
      if (!def.grants.sendMail && !readsSendQuota(def.grants)) {
        expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
      }
    },
  );

  it('lets the staff health detail describe the table and read the SES send quota', () => {
    const actions = actionsOf(statementsOf('healthDetail'));
    expect(actions).toContain('dynamodb:DescribeTable');
    expect(actions).toContain('ses:GetSendQuota');
    expect(actions).not.toContain('ses:SendEmail');
  });

  it('gives the public liveness function no access to the table or SES', () => {
    const actions = actionsOf(statementsOf('health'));
    expect(actions.filter((a) => a.startsWith('dynamodb:') || a.startsWith('ses:'))).toEqual([]);
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
      // A subscriber's on-failure destination is its own dead-letter queue (checked below).
      const ownDeadLetters = SUBSCRIBER_IDS.has(id)
        ? { 'Fn::GetAtt': [subscriberDeadLettersId(id), 'Arn'] }
        : undefined;
      const send = statements.filter(
        (s) =>
          actionsOf([s]).includes('sqs:SendMessage') &&
          JSON.stringify(s.Resource) !== JSON.stringify(ownDeadLetters),
      );
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
    // Nor does a queue's resource policy allow anyone anything (it denies plain HTTP), except that
    // SNS may park undeliverable messages of its topic in a subscriber's dead-letter queue.
    const subscriberQueues = new Set(SUBSCRIBERS.map((d) => subscriberDeadLettersId(d.id)));
    const queuePolicies = Object.values(resourcesOf(template, 'AWS::SQS::QueuePolicy'));
    expect(queuePolicies.length).toBeGreaterThan(0);
    for (const policy of queuePolicies) {
      const [queue] = policy.Properties.Queues as { Ref: string }[];
      const statements = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
      const allows = statements.filter((s) => s.Effect === 'Allow');
      if (!queue || !subscriberQueues.has(queue.Ref)) {
        expect(allows, queue?.Ref).toEqual([]);
        continue;
      }
      expect(allows).toHaveLength(1);
      expect(allows[0]).toMatchObject({
        Action: 'sqs:SendMessage',
        Principal: { Service: 'sns.amazonaws.com' },
        Resource: { 'Fn::GetAtt': [queue.Ref, 'Arn'] },
      });
      const condition = (allows[0] as { Condition: { ArnEquals: Record<string, unknown> } }).Condition;
      expect(
        refersTo(
          condition.ArnEquals['aws:SourceArn'],
          stateful.getLogicalId(stateful.mailEventsTopic.node.defaultChild as never),
        ),
      ).toBe(true);
    }
  });

  it.each(DEFS.map((d) => [d.id, d] as const))(
    '%s may read the link key secret only if its grants say linkKey, and only that secret',
    (id, def) => {
      const statements = statementsOf(id);
      const secrets = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('secretsmanager:')));
      const linkKms = statements.filter((s) => refersTo(s.Resource, linkKmsKeyId()));
      if (def.grants.linkKey) {
        expect(secrets).toHaveLength(1);
        expect(actionsOf(secrets)).toEqual(['secretsmanager:GetSecretValue']);
        expect(Array.isArray(secrets[0]?.Resource)).toBe(false);
        expect(refersTo(secrets[0]?.Resource, linkSecretId())).toBe(true);
        // Its KMS key: Decrypt only, only through Secrets Manager, only for this secret.
        expect(linkKms).toHaveLength(1);
        expect(actionsOf(linkKms)).toEqual(['kms:Decrypt']);
        const condition =
          (linkKms[0]?.Condition as { StringEquals?: Record<string, unknown> } | undefined)?.StringEquals ??
          {};
        expect(condition['kms:ViaService']).toBe('secretsmanager.eu-central-1.amazonaws.com');
        expect(refersTo(condition['kms:EncryptionContext:SecretARN'], linkSecretId())).toBe(true);
      } else {
        expect(secrets, id).toEqual([]);
        expect(linkKms, id).toEqual([]);
      }
    },
  );

  it('grants the link key secret and its KMS key to no role outside the linkKey functions', () => {
    const allowed = new Set([...LINK_KEY_IDS].map(roleIdOf));
    // Only the sender makes and opens personal links; every other mail goes through the outbox.
    expect(LINK_KEY_IDS).toEqual(new Set(['sendInvitations']));
    for (const t of [template, Template.fromStack(stateful)]) {
      for (const [policyId, policy] of Object.entries(resourcesOf(t, 'AWS::IAM::Policy'))) {
        const roles = (policy.Properties.Roles as { Ref: string }[]).map((r) => r.Ref);
        const statements = (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
        for (const statement of statements.filter((s) => s.Effect === 'Allow')) {
          const touchesLinkKey =
            actionsOf([statement]).some((a) => a.startsWith('secretsmanager:')) ||
            refersTo(statement.Resource, linkSecretId()) ||
            refersTo(statement.Resource, linkKmsKeyId());
          if (!touchesLinkKey) continue;
          for (const role of roles) expect(allowed.has(role), `${policyId} (${role})`).toBe(true);
        }
      }
    }
  });

  it('lets the sesEvents subscriber write the table, but not send mail, read the link key or enqueue', () => {
    const statements = statementsOf('sesEvents');
    const actions = actionsOf(statements);
    for (const write of TABLE_WRITES) expect(actions).toContain(write);
    expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
    expect(actions.filter((a) => a.startsWith('secretsmanager:'))).toEqual([]);
    expect(statements.filter((s) => refersTo(s.Resource, linkKmsKeyId()))).toEqual([]);
    // sqs only for its on-failure destination: its own dead-letter queue.
    const sqsStatements = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('sqs:')));
    expect(sqsStatements).toHaveLength(1);
    expect(sqsStatements[0]?.Resource).toEqual({
      'Fn::GetAtt': [subscriberDeadLettersId('sesEvents'), 'Arn'],
    });
    expect(actionsOf(sqsStatements)).not.toContain('sqs:ReceiveMessage');
  });

  it('lets the reminders job write the table and queue mail, and nothing else (the sender sends)', () => {
    const statements = statementsOf('reminders');
    const actions = actionsOf(statements);
    for (const write of TABLE_WRITES) expect(actions).toContain(write);
    expect(actions).toContain('sqs:SendMessage');
    // Nothing beyond its logs, tracing, the table (and its key) and the send queue: no SES, no link key.
    const services = new Set(actions.map((a) => a.split(':')[0]));
    expect([...services].sort()).toEqual(['dynamodb', 'kms', 'logs', 'sqs', 'xray']);
    expect(actions.filter((a) => a.startsWith('ses:'))).toEqual([]);
    expect(actions.filter((a) => a.startsWith('secretsmanager:'))).toEqual([]);
    // Every KMS statement is on the table key (or the queue's, if it had one): never the link key.
    for (const statement of statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('kms:'))))
      expect(refersTo(statement.Resource, linkKmsKeyId())).toBe(false);
  });

  it('lets the privacy request job (full table read, erasure) use the table only: no mail, queue or link key', () => {
    const statements = statementsOf('privacyRequests');
    const actions = actionsOf(statements);
    for (const write of TABLE_WRITES) expect(actions).toContain(write);
    expect(actions).toContain('dynamodb:Scan');
    const services = new Set(actions.map((a) => a.split(':')[0]));
    expect([...services].sort()).toEqual(['dynamodb', 'kms', 'logs', 'xray']);
    for (const statement of statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('kms:'))))
      expect(refersTo(statement.Resource, linkKmsKeyId())).toBe(false);
    // Its schedule retries and parks failed runs in a dead-letter queue, like every schedule.
    expect(stack.schedules.privacyRequests?.deadLetterQueue).toBeDefined();
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
