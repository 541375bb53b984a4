import { describe, expect, it } from 'vitest';
import { type LogLevel, makeLogger } from '../../functions/shared/logger';

const capture = () => {
  const lines: { level: LogLevel; entry: Record<string, unknown> }[] = [];
  const logger = makeLogger('test', (level, line) => lines.push({ level, entry: JSON.parse(line) }));
  return { logger, lines };
};

describe('structured logger', () => {
  it('writes one JSON line with level, service, message and the given fields, skipping undefined ones', () => {
    const { logger, lines } = capture();
    logger.info('request', { route: 'GET /health', statusCode: 200, durationMs: undefined });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.entry).toMatchObject({
      level: 'INFO',
      service: 'test',
      message: 'request',
      route: 'GET /health',
      statusCode: 200,
    });
    expect(lines[0]?.entry).not.toHaveProperty('durationMs');
    expect(Date.parse(String(lines[0]?.entry.timestamp))).not.toBeNaN();
  });

  it('filters below the level set, INFO by default', () => {
    const { logger, lines } = capture();
    logger.debug('hidden');
    logger.setLogLevel('WARN');
    logger.info('hidden too');
    logger.warn('shown');
    logger.setLogLevel('DEBUG');
    logger.debug('shown as well');
    expect(lines.map((l) => l.entry.message)).toEqual(['shown', 'shown as well']);
  });

  it('writes errors with name, message, stack and cause', () => {
    const { logger, lines } = capture();
    logger.error('request failed', { error: new TypeError('kaputt', { cause: new Error('darunter') }) });
    const error = lines[0]?.entry.error as Record<string, unknown>;
    expect(error).toMatchObject({ name: 'TypeError', message: 'kaputt', cause: { message: 'darunter' } });
    expect(String(error.stack)).toContain('logger.test.ts');
  });

  it('never throws for fields that cannot be serialised', () => {
    const { logger, lines } = capture();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => logger.warn('odd', { cycle, count: 1n })).not.toThrow();
    expect(lines[0]?.entry).toMatchObject({
      message: 'odd',
      cycle: '[unserialisable]',
      count: '[unserialisable]',
    });
  });
});
