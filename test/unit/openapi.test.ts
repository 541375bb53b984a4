import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from '../../functions/api/openapi';
import { ROUTES } from '../../functions/api/routes';
import { REPO_ROOT } from '../../local/system';
import { openApiText } from '../../local/write-openapi';

describe('OpenAPI document', () => {
  it('describes every route of the route table with its security', () => {
    const doc = buildOpenApi();
    for (const route of ROUTES) {
      const op = doc.paths?.[route.path]?.[route.method.toLowerCase() as 'get' | 'post'];
      expect(op?.operationId).toBe(route.id);
      expect(op?.security).toEqual(route.access === 'public' ? [] : [{ bearer: [] }]);
    }
    expect(doc.components?.schemas).toHaveProperty('Jobcenter');
  });

  it('docs/openapi.json is current (run `npm run openapi` after changing routes or schemas)', () => {
    expect(readFileSync(join(REPO_ROOT, 'docs', 'openapi.json'), 'utf8')).toBe(openApiText());
  });
});
