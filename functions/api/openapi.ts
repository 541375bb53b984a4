import { createDocument } from 'zod-openapi';
import { ROUTES, type RouteDef } from './routes';

/** Builds the OpenAPI 3.1 document from the route table and its zod schemas. */
export const buildOpenApi = (routes: readonly RouteDef[] = ROUTES) => {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation = {
      operationId: route.id,
      summary: route.summary,
      ...(route.access === 'public' ? { security: [] } : { security: [{ bearer: [] }] }),
      ...(route.request?.query || route.request?.path
        ? {
            requestParams: {
              ...(route.request.query ? { query: route.request.query } : {}),
              ...(route.request.path ? { path: route.request.path } : {}),
            },
          }
        : {}),
      ...(route.request?.body
        ? {
            requestBody: {
              content: { [route.request.body.contentType]: { schema: route.request.body.schema } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(route.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema ? { content: { [r.contentType ?? 'application/json']: { schema: r.schema } } } : {}),
          },
        ]),
      ),
    };
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Rahmenvereinbarung Inklusion – Kampagnen-API',
      version: '0.1.0',
      description:
        'API of the MAGS NRW campaign software. Staff routes need a bearer token (Cognito in AWS).',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    // biome-ignore lint/suspicious/noExplicitAny: operations are assembled from the typed route table
    paths: paths as any,
  });
};
