import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalSystem } from '../local/system';
import { staffAuthorization } from './staff-login';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/**
 * Request latency through the local server (API Gateway event → middy handler → DynamoDB Local),
 * sequential requests after a warm-up. Bounded: N requests per route, loopback only.
 */
export const apiLatency = async (n = 200) => {
  const system = await startLocalSystem({
    dataDir: mkdtempSync(join(tmpdir(), 'bench-')),
    fresh: true,
    inMemory: true,
    ticker: false,
  });
  try {
    const auth = await staffAuthorization(system);
    const routes: [string, string, RequestInit][] = [
      ['GET /health', '/health', {}],
      ['GET /api/jobcenters (53)', '/api/jobcenters', { headers: auth }],
      ['GET /api/jobcenters/{id}', '/api/jobcenters/koeln', { headers: auth }],
      ['GET /api/registry/export', '/api/registry/export', { headers: auth }],
    ];
    const rows = [];
    for (const [name, path, init] of routes) {
      for (let i = 0; i < 10; i++) await (await fetch(`${system.urls.app}${path}`, init)).arrayBuffer();
      const times: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const res = await fetch(`${system.urls.app}${path}`, init);
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${name}: ${res.status}`);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push({
        route: name,
        n,
        p50ms: +percentile(times, 0.5).toFixed(1),
        p95ms: +percentile(times, 0.95).toFixed(1),
        p99ms: +percentile(times, 0.99).toFixed(1),
      });
    }
    return rows;
  } finally {
    await system.stop();
  }
};

if (import.meta.url === `file://${process.argv[1]}`) console.table(await apiLatency());
