import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config';
import { movableClock } from '../../functions/shared/clock';

const LOCAL_ENV = {
  STAGE: 'local',
  TABLE_NAME: 'inklusion-local',
  MAIL_FROM: 'inklusion@mags.example.org',
  APP_BASE_URL: 'http://127.0.0.1:3000',
};

describe('local demo clock', () => {
  it('runs at real speed, and from 10:00 Berlin time on the day it is moved to', () => {
    let real = Date.parse('2026-12-01T17:00:00.000Z');
    const clock = movableClock(() => real);
    expect(clock.now().toISOString()).toBe('2026-12-01T17:00:00.000Z');

    expect(clock.moveTo('2026-12-15').toISOString()).toBe('2026-12-15T09:00:00.000Z'); // CET
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2026-12-15T09:01:00.000Z');

    expect(clock.moveTo('2027-06-01').toISOString()).toBe('2027-06-01T08:00:00.000Z'); // CEST
  });

  it('never moves backwards and takes only calendar days', () => {
    const clock = movableClock(() => Date.parse('2026-12-01T17:00:00.000Z'));
    expect(() => clock.moveTo('2026-12-01')).toThrow(/only moves forward/);
    expect(() => clock.moveTo('2026-11-30')).toThrow(/only moves forward/);
    expect(() => clock.moveTo('15.12.2026')).toThrow(/YYYY-MM-DD/);
    expect(clock.now().toISOString()).toBe('2026-12-01T17:00:00.000Z');
  });

  it('is never switched on inside Lambda: the config refuses STAGE local there', () => {
    expect(loadConfig(LOCAL_ENV).STAGE).toBe('local');
    expect(() => loadConfig({ ...LOCAL_ENV, AWS_LAMBDA_FUNCTION_NAME: 'inklusion-run-reminders' })).toThrow(
      'Invalid configuration: STAGE',
    );
    expect(loadConfig({ ...LOCAL_ENV, STAGE: 'aws', AWS_LAMBDA_FUNCTION_NAME: 'x' }).STAGE).toBe('aws');
  });
});
