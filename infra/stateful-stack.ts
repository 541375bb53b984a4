import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { ROLES, Role } from '../functions/auth/principal';
import { sendingAddress } from '../functions/mailer/sending-identity';
import { TABLE } from '../functions/store/table-design';
import type { InfraConfig } from './config';
import { acknowledge } from './nag';

export type StatefulStackProps = StackProps & { config: InfraConfig };

/**
 * The link key secret: 43 characters of [A-Za-z0-9] are valid base64url and decode to exactly
 * 32 bytes (43 × 6 = 258 bits, the last 2 bits are dropped), which is what
 * functions/campaigns/link-seal.ts#parseLinkKey requires for AES-256-GCM.
 */
export const LINK_KEY_LENGTH = 43;

/** Cognito groups: every role of functions/auth/principal.ts. */
export const STAFF_GROUPS = Role.options;

/**
 * Everything that holds data or identity and must survive a redeploy of the code: the table, the
 * SES identity and its event topic, the link-sealing key, and the Cognito user pool of MAGS staff.
 * Retained on delete.
 * The stateless stack receives what it needs through the public readonly properties below.
 */
export class StatefulStack extends Stack {
  readonly table: dynamodb.TableV2;
  readonly tableKey: kms.Key;
  readonly emailIdentity: ses.EmailIdentity;
  readonly emailIdentityArn: string;
  readonly configurationSet: ses.ConfigurationSet;
  readonly configurationSetArn: string;
  readonly mailFrom: string;
  readonly mailEventsTopic: sns.Topic;
  /** 32-byte key (base64url) that seals personal links so reminders can repeat them. */
  readonly linkKeySecret: secretsmanager.Secret;
  readonly linkKeyEncryptionKey: kms.Key;
  readonly userPool: cognito.UserPool;
  readonly userPoolDomain: cognito.UserPoolDomain;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { config } = props;

    // --- DynamoDB: the single table, key names and indexes from functions/store/table-design.ts
    this.tableKey = new kms.Key(this, 'TableKey', {
      description: 'Encrypts the Inklusion campaign table (Jobcenter registry, submissions, audit trail)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: dynamodb.AttributeType.STRING },
      billing: dynamodb.Billing.onDemand(),
      globalSecondaryIndexes: Object.entries(TABLE.indexes).map(([indexName, index]) => ({
        indexName,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      })),
      timeToLiveAttribute: TABLE.ttlAttribute,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: dynamodb.TableEncryptionV2.customerManagedKey(this.tableKey),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // --- SES: domain identity, configuration set, bounce/complaint/delivery events to SNS
    this.mailFrom = sendingAddress(config);
    const mailEventsKey = new kms.Key(this, 'MailEventsKey', {
      description: 'Encrypts the SES bounce/complaint/delivery event topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // SES publishes to the encrypted topic, so it needs the data key, but only for this account.
    mailEventsKey.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSesToPublishEncryptedEvents',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    this.mailEventsTopic = new sns.Topic(this, 'MailEventsTopic', {
      displayName: 'Inklusion SES events (bounce, complaint, delivery)',
      masterKey: mailEventsKey,
      enforceSSL: true,
    });
    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    this.configurationSet.addEventDestination('MailEvents', {
      destination: ses.EventDestination.snsTopic(this.mailEventsTopic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT, ses.EmailSendingEvent.DELIVERY],
    });
    this.configurationSetArn = this.formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    this.emailIdentity = new ses.EmailIdentity(this, 'MailIdentity', {
      identity: ses.Identity.domain(config.mailDomain),
      configurationSet: this.configurationSet,
      mailFromDomain: `mail.${config.mailDomain}`,
      mailFromBehaviorOnMxFailure: ses.MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });
    this.emailIdentityArn = this.emailIdentity.emailIdentityArn;
    // DNS records the mail domain owner must publish before SES leaves the pending state.
    this.emailIdentity.dkimRecords.forEach((record, i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, {
        description: `DKIM CNAME ${i + 1} for ${config.mailDomain}`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });

    // --- Link key: seals the personal link of each invitation (functions/campaigns/link-seal.ts),
    // so that reminders can repeat it while the table keeps only its hash. State: without its keys no
    // outstanding reminder link can be opened again, so it is retained. It holds one key or a key
    // ring (current + previous keys, see infra/README.md "Rotating the link key").
    this.linkKeyEncryptionKey = new kms.Key(this, 'LinkKeyEncryptionKey', {
      description: 'Encrypts the Inklusion link-sealing key secret (Secrets Manager)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.linkKeySecret = new secretsmanager.Secret(this, 'LinkKey', {
      description:
        'Inklusion link-sealing key: 32 bytes as base64url (AES-256-GCM); seals personal form links for reminders',
      encryptionKey: this.linkKeyEncryptionKey,
      // Uniform over [A-Za-z0-9]; 43 such characters are base64url for 32 bytes (see LINK_KEY_LENGTH).
      generateSecretString: {
        passwordLength: LINK_KEY_LENGTH,
        excludePunctuation: true,
        includeSpace: false,
        requireEachIncludedType: false,
      },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.linkKeySecret,
      'AwsSolutions-SMG4',
      'No automatic Secrets Manager rotation: a rotation must keep the previous keys in the ring until ' +
        'every reminder link they sealed has expired (the table keeps only link hashes), so operators rotate ' +
        'by writing a new ring (infra/README.md); sealed links name their key. Access is limited to the ' +
        'functions with grants.linkKey, and its KMS key is rotated.',
    );

    // --- Cognito: MAGS staff only; accounts are created by an administrator
    this.userPool = new cognito.UserPool(this, 'StaffPool', {
      userPoolName: `${config.stackPrefix}-staff`,
      selfSignUpEnabled: false,
      signInAliases: { email: true, username: false },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      userInvitation: {
        emailSubject: 'Ihr Zugang zur Rahmenvereinbarung Inklusion',
        emailBody:
          'Guten Tag,<br><br>für Sie wurde ein Zugang zur Kampagnen-Software der Rahmenvereinbarung ' +
          'Inklusion (MAGS NRW) eingerichtet.<br>Benutzername: {username}<br>Vorläufiges Passwort: {####}' +
          '<br><br>Bei der ersten Anmeldung vergeben Sie ein eigenes Passwort und richten eine ' +
          'Authenticator-App ein.',
      },
      userVerification: {
        emailSubject: 'Ihr Bestätigungscode',
        emailBody: 'Ihr Bestätigungscode für die Rahmenvereinbarung Inklusion lautet {####}.',
        emailStyle: cognito.VerificationEmailStyle.CODE,
      },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const group of STAFF_GROUPS) {
      this.userPool.addGroup(`Group-${group}`, {
        groupName: group,
        description: ROLES[group].description,
        precedence: ROLES[group].precedence,
      });
    }
    this.userPoolDomain = this.userPool.addDomain('HostedDomain', {
      cognitoDomain: { domainPrefix: config.cognitoDomainPrefix },
    });
  }
}
