import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import type { Principal } from '../../auth/principal';
import type { FormRecords } from '../../forms/form-records';

/**
 * API Gateway HTTP API (payload v2). Public routes have no authorizer; the type still allows
 * reading `requestContext.authorizer` because the middleware checks it at run time.
 */
export type ApiEvent = Omit<APIGatewayProxyEventV2WithJWTAuthorizer, 'requestContext'> & {
  requestContext: Omit<APIGatewayProxyEventV2WithJWTAuthorizer['requestContext'], 'authorizer'> & {
    authorizer?: APIGatewayProxyEventV2WithJWTAuthorizer['requestContext']['authorizer'];
  };
};
export type ApiResult = APIGatewayProxyStructuredResultV2;
/**
 * `form`: the checked session and its response's records (functions/forms/session-handler.ts);
 * `viaCloudFront`: the origin guard saw CloudFront's secret header (origin-guard.ts).
 */
export type ApiContext = Context & { principal?: Principal; form?: FormRecords; viaCloudFront?: boolean };
