import type { ApiContext, ApiEvent } from './api-types';

/** Added by CloudFront (origin request policy AllViewerExceptHostHeader): `<viewer ip>:<port>`. */
export const VIEWER_ADDRESS_HEADER = 'cloudfront-viewer-address';

/** `203.0.113.7:51234` -> `203.0.113.7`; `2001:db8::1:51234` -> `2001:db8::1`. */
export const parseViewerAddress = (value: string | undefined): string | undefined => {
  const cut = value?.trim().lastIndexOf(':') ?? -1;
  if (!value || cut <= 0) return undefined;
  const ip = value.trim().slice(0, cut);
  return /^[0-9a-fA-F.:]+$/.test(ip) ? ip : undefined;
};

/**
 * The address of the client a rate limit keys on. Behind CloudFront the source address API
 * Gateway sees is a CloudFront edge server shared by many viewers, so the viewer's address comes
 * from CloudFront's own header, but only when the origin guard proved the request came through
 * CloudFront (a direct caller could otherwise pick any address per request). Otherwise (the local
 * server) the source address is the client itself.
 */
export const clientAddressOf = (event: ApiEvent, context: Pick<ApiContext, 'viaCloudFront'>): string => {
  if (context.viaCloudFront) {
    const viewer = parseViewerAddress(event.headers?.[VIEWER_ADDRESS_HEADER]);
    if (viewer) return viewer;
  }
  return event.requestContext.http.sourceIp;
};
