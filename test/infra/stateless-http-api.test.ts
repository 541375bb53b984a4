import { Stack } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/api/routes';
import { HttpApi } from '../../infra/constructs/http-api';
import { authorizeUrl, CALLBACK_PATH, logoutUrl, redirectUri } from '../../web/src/app/cognito';
import { ORIGIN, synthStatelessStack } from './stateless-fixture';
import { resourcesOf } from './support';

/** The HTTP API of the stateless stack: routes, the JWT authorizer, the stage and the Cognito web client. */
describe('stateless stack', () => {
  const synth = synthStatelessStack({ withVariant: true });
  let template: Template;
  let variant: Template;
  beforeAll(() => {
    ({ template, variant } = synth);
  });

  describe('HTTP API', () => {
    const routes = () => Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Route'));

    it('has one route per ROUTES entry', () => {
      expect(
        routes()
          .map((r) => r.Properties.RouteKey)
          .sort(),
      ).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
    });

    it('protects every admin/viewer route with the Cognito JWT authorizer, and only those', () => {
      const authorizers = resourcesOf(template, 'AWS::ApiGatewayV2::Authorizer');
      const [authorizerId] = Object.keys(authorizers);
      for (const def of ROUTES) {
        const route = routes().find((r) => r.Properties.RouteKey === `${def.method} ${def.path}`);
        if (def.access === 'public' || def.access === 'session') {
          expect(route?.Properties?.AuthorizerId, def.id).toBeUndefined();
          expect(route?.Properties?.AuthorizationType ?? 'NONE', def.id).toBe('NONE');
        } else {
          expect(route?.Properties?.AuthorizationType, def.id).toBe('JWT');
          expect(route?.Properties?.AuthorizerId, def.id).toEqual({ Ref: authorizerId });
        }
      }
    });

    it('leaves session routes (the Jobcenter form, authorised in the handler) without an authorizer', () => {
      const session = ROUTES.filter((r) => r.access === 'session');
      expect(session.length).toBeGreaterThan(0);
      for (const def of session) {
        const route = routes().find((r) => r.Properties.RouteKey === `${def.method} ${def.path}`);
        expect(route, def.id).toBeDefined();
        expect(route?.Properties?.AuthorizerId, def.id).toBeUndefined();
        expect(def.publicReason.length, def.id).toBeGreaterThanOrEqual(60);
      }
    });

    it('refuses a public or session route that has no written reason', () => {
      // Prepare
      const scratch = new Stack();
      const api = new HttpApi(scratch, 'Api', { logRetention: RetentionDays.ONE_DAY });
      const fn = new lambda.Function(scratch, 'Fn', {
        runtime: lambda.Runtime.NODEJS_22_X,
        handler: 'index.handler',
        code: lambda.Code.fromInline('export const handler = async () => ({})'),
      });
      const authorizer = new HttpJwtAuthorizer('Jwt', 'https://issuer.example.org', {
        jwtAudience: ['client'],
      });
      const route = {
        ...ROUTES[0],
        id: 'newPublicThing',
        path: '/api/new-public-thing',
        access: 'public',
      } as const;
      // Act + Assess
      expect(() => api.addRoute(scratch, route, fn, authorizer)).toThrow(/newPublicThing" is public/);
      expect(() =>
        api.addRoute(scratch, { ...route, id: 'newSessionThing', access: 'session' }, fn, authorizer),
      ).toThrow(/newSessionThing" is session/);
      expect(() =>
        api.addRoute(scratch, { ...route, publicReason: 'x'.repeat(60) } as never, fn, authorizer),
      ).not.toThrow();
    });

    it('validates JWTs against the user pool issuer and the web client audience', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: Match.stringLikeRegexp('^WebClient') }],
          Issuer: Match.anyValue(),
        },
      });
    });

    it('has a $default stage with access logs and throttling defaults', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
        DefaultRouteSettings: {
          ThrottlingBurstLimit: Match.anyValue(),
          ThrottlingRateLimit: Match.anyValue(),
        },
      });
      // No IP address in the access log (docs/privacy.md, "Betriebsprotokolle").
      const [stage] = Object.values(resourcesOf(template, 'AWS::ApiGatewayV2::Stage'));
      const format = ((stage?.Properties.AccessLogSettings ?? {}) as { Format: string }).Format;
      expect(Object.keys(JSON.parse(format))).toContain('status');
      expect(format).not.toMatch(/sourceIp|ip/i);
    });

    it('uses a web client with authorization code flow, no secret, and the web app\u2019s redirect URLs', () => {
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        GenerateSecret: false,
        AllowedOAuthFlows: ['code'],
        AllowedOAuthFlowsUserPoolClient: true,
        AllowedOAuthScopes: ['openid', 'email', 'profile'],
        CallbackURLs: [
          {
            'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }, CALLBACK_PATH]],
          },
        ],
        LogoutURLs: [
          { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }, '/']] },
        ],
      });
    });

    it('accepts exactly the redirect_uri, logout_uri and scopes web/src/app/cognito.ts sends', () => {
      // Prepare: the variant has a fixed origin, so the URLs are plain strings.
      const origin = ORIGIN;
      const client = variant.findResources('AWS::Cognito::UserPoolClient');
      const props = Object.values(client)[0]?.Properties as Record<string, string[]>;
      const web = {
        auth: 'cognito',
        cognitoDomain: 'https://x.auth.eu-central-1.amazoncognito.com',
        clientId: 'c',
        region: 'eu-central-1',
      } as const;
      // Act
      const authorize = new URL(
        authorizeUrl(web, { state: 's', challenge: 'c', redirectUri: redirectUri(origin) }),
      );
      const logout = new URL(logoutUrl(web, origin));
      // Assess
      expect(props.CallbackURLs).toEqual([authorize.searchParams.get('redirect_uri')]);
      expect(props.LogoutURLs).toEqual([logout.searchParams.get('logout_uri')]);
      for (const scope of authorize.searchParams.get('scope')?.split(' ') ?? []) {
        expect(props.AllowedOAuthScopes).toContain(scope);
      }
    });
  });
});
