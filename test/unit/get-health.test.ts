import { describe, expect, it } from 'vitest';
import { makeGetHealth } from '../../functions/health/get-health';
import { fixedClock } from '../../functions/shared/clock';

const clock = fixedClock('2026-05-01T12:00:00.000Z');
const mailerOk = { health: async () => ({ status: 'ok' as const, latencyMs: 1 }) };

describe('health', () => {
  it('is ok when table and mailer answer, and reports the last scheduler run', async () => {
    const report = await makeGetHealth({
      store: { ping: async () => undefined, lastSchedulerRun: async () => '2026-05-01T11:45:00.000Z' },
      mailer: mailerOk,
      clock,
    })();
    expect(report).toMatchObject({
      status: 'ok',
      checkedAt: '2026-05-01T12:00:00.000Z',
      scheduler: { lastRunAt: '2026-05-01T11:45:00.000Z' },
    });
  });

  it('is down when the table fails, without leaking the error text', async () => {
    const report = await makeGetHealth({
      store: {
        ping: async () => {
          throw new Error('AccessDenied arn:aws:dynamodb:secret');
        },
        lastSchedulerRun: async () => undefined,
      },
      mailer: mailerOk,
      clock,
    })();
    expect(report.status).toBe('down');
    expect(report.components.table).toEqual({ status: 'down', latencyMs: expect.any(Number) });
    expect(JSON.stringify(report)).not.toMatch(/AccessDenied/);
  });
});
