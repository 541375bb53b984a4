/**
 * Structured JSON logs: one line per entry on stdout/stderr with timestamp, level, service,
 * message and the given fields; an `error` field is written as name, message and stack. In AWS
 * the function's log group receives these lines as they are (JSON log format, level filtered here
 * and by the function's application log level).
 *
 * Never log request bodies, headers, tokens or e-mail addresses: only ids, routes, status codes
 * and durations. (Own code instead of a logging library: four levels and a JSON line are all this
 * needs, and every table-only bundle is smaller for it; see docs/performance.md.)
 */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
type Fields = Record<string, unknown>;

const RANK: Record<LogLevel, number> = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40 };

const serialise = (value: unknown): unknown => {
  if (value instanceof Error) {
    const cause = (value as { cause?: unknown }).cause;
    return {
      name: value.name,
      message: value.message,
      stack: value.stack,
      ...(cause === undefined ? {} : { cause: serialise(cause) }),
    };
  }
  return value;
};

export const makeLogger = (
  serviceName: string,
  write: (level: LogLevel, line: string) => void = (level, line) =>
    (level === 'ERROR' || level === 'WARN' ? process.stderr : process.stdout).write(`${line}\n`),
) => {
  let threshold = RANK.INFO;
  const log = (level: LogLevel, message: string, fields: Fields = {}) => {
    if (RANK[level] < threshold) return;
    const entry: Fields = { timestamp: new Date().toISOString(), level, service: serviceName, message };
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) entry[key] = serialise(value);
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      // A field that cannot be serialised (a cycle, a BigInt) must not turn logging into a failure.
      line = JSON.stringify({
        ...entry,
        ...Object.fromEntries(Object.keys(fields).map((k) => [k, '[unserialisable]'])),
      });
    }
    write(level, line);
  };
  return {
    setLogLevel: (level: LogLevel) => {
      threshold = RANK[level];
    },
    debug: (message: string, fields?: Fields) => log('DEBUG', message, fields),
    info: (message: string, fields?: Fields) => log('INFO', message, fields),
    warn: (message: string, fields?: Fields) => log('WARN', message, fields),
    error: (message: string, fields?: Fields) => log('ERROR', message, fields),
  };
};

export const logger = makeLogger('inklusion');
