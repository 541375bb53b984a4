import { randomInt } from 'node:crypto';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLinkKey } from '../../functions/campaigns/link-seal';
import { TABLE } from '../../functions/store/table-design';
import { LINK_KEY_LENGTH, type StatefulStack } from '../../infra/stateful-stack';
import { buildTestApp, resourcesOf } from './support';

describe('stateful stack', () => {
  let stack: StatefulStack;
  let template: Template;

  beforeAll(() => {
    // Prepare
    const { stateful } = buildTestApp();
    stack = stateful;
    // Act
    template = Template.fromStack(stateful);
  });

  describe('the single DynamoDB table', () => {
    const table = () => {
      const tables = Object.values(resourcesOf(template, 'AWS::DynamoDB::GlobalTable'));
      expect(tables).toHaveLength(1);
      return tables[0]?.Properties as Record<string, unknown>;
    };

    it('uses the key names of TABLE, on demand', () => {
      expect(table().KeySchema).toEqual([
        { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
      ]);
      expect(table().BillingMode).toBe('PAY_PER_REQUEST');
    });

    it('has exactly the GSIs of TABLE.indexes with their key names', () => {
      const expected = Object.entries(TABLE.indexes).map(([name, index]) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      }));
      expect(table().GlobalSecondaryIndexes).toEqual(expected);
    });

    it('expires items by TTL on TABLE.ttlAttribute', () => {
      expect(table().TimeToLiveSpecification).toEqual({ AttributeName: TABLE.ttlAttribute, Enabled: true });
    });

    it('has point-in-time recovery, deletion protection and a customer-managed KMS key', () => {
      template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
            SSESpecification: {
              KMSMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^TableKey'), 'Arn'] },
            },
          }),
        ],
      });
    });

    it('is retained when the stack goes, and so are its key and the user pool', () => {
      template.hasResource('AWS::DynamoDB::GlobalTable', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
      });
      template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
      for (const key of Object.values(template.findResources('AWS::KMS::Key'))) {
        expect(key.DeletionPolicy).toBe('Retain');
      }
    });
  });

  it('rotates every KMS key', () => {
    const keys = Object.values(resourcesOf(template, 'AWS::KMS::Key'));
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key.Properties.EnableKeyRotation).toBe(true);
  });

  describe('SES', () => {
    it('verifies the mail domain with the configuration set as default', () => {
      template.hasResourceProperties('AWS::SES::EmailIdentity', {
        EmailIdentity: 'inklusion.example.org',
        ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
      });
    });

    it('has a configuration set with reputation metrics and TLS required', () => {
      template.hasResourceProperties('AWS::SES::ConfigurationSet', {
        DeliveryOptions: { TlsPolicy: 'REQUIRE' },
        ReputationOptions: { ReputationMetricsEnabled: true },
      });
    });

    it('sends bounce, complaint and delivery events to a KMS-encrypted SNS topic', () => {
      template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
        EventDestination: {
          Enabled: true,
          MatchingEventTypes: Match.arrayEquals(['bounce', 'complaint', 'delivery']),
          SnsDestination: { TopicARN: { Ref: Match.stringLikeRegexp('^MailEventsTopic') } },
        },
      });
      template.hasResourceProperties('AWS::SNS::Topic', {
        KmsMasterKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^MailEventsKey'), 'Arn'] },
      });
    });

    it('lets SES publish to the topic, only from this configuration set and account', () => {
      template.hasResourceProperties('AWS::SNS::TopicPolicy', {
        Topics: [{ Ref: Match.stringLikeRegexp('^MailEventsTopic') }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Allow',
              Action: 'sns:Publish',
              Principal: { Service: 'ses.amazonaws.com' },
              Condition: {
                StringEquals: {
                  'AWS:SourceAccount': { Ref: 'AWS::AccountId' },
                  'AWS:SourceArn': {
                    'Fn::Join': [
                      '',
                      Match.arrayWith([
                        ':configuration-set/',
                        { Ref: Match.stringLikeRegexp('^ConfigurationSet') },
                      ]),
                    ],
                  },
                },
              },
            }),
          ]),
        },
      });
    });

    it('lets SES use the topic key, only for this account', () => {
      template.hasResourceProperties('AWS::KMS::Key', {
        KeyPolicy: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Principal: { Service: 'ses.amazonaws.com' },
              Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
            }),
          ]),
        },
      });
    });
  });

  describe('link-sealing key secret', () => {
    const secretId = () => stack.getLogicalId(stack.linkKeySecret.node.defaultChild as never);

    it('is one retained secret of 43 characters from [A-Za-z0-9], encrypted with its own KMS key', () => {
      const secrets = resourcesOf(template, 'AWS::SecretsManager::Secret');
      expect(Object.keys(secrets)).toEqual([secretId()]);
      template.hasResource('AWS::SecretsManager::Secret', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          Description: Match.anyValue(),
          GenerateSecretString: {
            PasswordLength: LINK_KEY_LENGTH,
            ExcludePunctuation: true,
            IncludeSpace: false,
            RequireEachIncludedType: false,
          },
          KmsKeyId: { 'Fn::GetAtt': [Match.stringLikeRegexp('^LinkKeyEncryptionKey'), 'Arn'] },
        },
      });
    });

    it('has no Secrets Manager rotation (operators rotate by writing a key ring that keeps the previous keys)', () => {
      expect(Object.keys(template.findResources('AWS::SecretsManager::RotationSchedule'))).toEqual([]);
    });

    it('generates what functions/campaigns/link-seal.ts accepts: base64url of exactly 32 bytes', () => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
      expect(LINK_KEY_LENGTH).toBe(43);
      for (const edge of ['A', 'z', '9']) expect(parseLinkKey(edge.repeat(LINK_KEY_LENGTH))).toHaveLength(32);
      for (let i = 0; i < 1000; i++) {
        const text = Array.from({ length: LINK_KEY_LENGTH }, () => alphabet[randomInt(alphabet.length)]).join(
          '',
        );
        expect(parseLinkKey(text)).toHaveLength(32);
      }
      expect(() => parseLinkKey('A'.repeat(LINK_KEY_LENGTH - 1))).toThrow(/32 bytes/);
    });
  });

  describe('Cognito user pool for MAGS staff', () => {
    it('has no self sign-up, a strong password policy and TOTP MFA', () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: {
          PasswordPolicy: Match.objectLike({
            MinimumLength: 12,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
          }),
        },
        UserPoolTier: 'PLUS',
        UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
      });
    });

    it('has one group per role of functions/auth/principal.ts (MAGS and the co-signatories)', () => {
      const groups = Object.values(resourcesOf(template, 'AWS::Cognito::UserPoolGroup')).map(
        (g) => g.Properties.GroupName,
      );
      expect(groups.sort()).toEqual(['admin', 'lvr', 'lwl', 'regionaldirektion', 'viewer']);
    });

    it('has a hosted domain with the prefix from context', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { Domain: 'inklusion-mags-nrw' });
    });
  });
});
