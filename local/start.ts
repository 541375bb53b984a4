import { join } from 'node:path';
import * as z from 'zod';
import { localClock } from '../functions/shared/clock';
import { PortInUseError } from './ports';
import { REPO_ROOT, startLocalSystem } from './system';
import { buildWebIfStale } from './web-build';

/**
 * `npm start [-- --fresh] [-- --today YYYY-MM-DD]`: the whole system on this machine. Ports via
 * PORT, DYNAMODB_PORT, SES_PORT. `--today` starts the local clock on that day (demos of reminders).
 */
const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DYNAMODB_PORT: z.coerce.number().int().min(1).max(65535).default(8000),
  SES_PORT: z.coerce.number().int().min(1).max(65535).default(8005),
});

const formatBerlin = (instant: Date) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(instant);

const main = async () => {
  const env = Env.parse(process.env);
  const fresh = process.argv.includes('--fresh');
  const todayAt = process.argv.indexOf('--today');
  const today = todayAt === -1 ? undefined : z.iso.date().safeParse(process.argv[todayAt + 1]);
  if (today && !today.success) throw new Error('--today needs a day as YYYY-MM-DD, e.g. --today 2026-12-15');
  buildWebIfStale();
  const system = await startLocalSystem({
    dataDir: join(REPO_ROOT, '.local'),
    fresh,
    ...(today ? { today: today.data } : {}),
    demo: true,
    ports: { app: env.PORT, dynamodb: env.DYNAMODB_PORT, ses: env.SES_PORT },
    log: (line) => console.log(`  ${line}`),
  });
  const lines = [
    '',
    'Rahmenvereinbarung Inklusion – local system is running',
    '',
    `  Web app and API   ${system.urls.app}`,
    `  Staff area        ${system.urls.app}/verwaltung/jobcenter`,
    `  Health            ${system.urls.app}/health`,
    `  OpenAPI           ${system.urls.app}/api/openapi.json`,
    `  Mail viewer (SES) ${system.urls.mailViewer}`,
    `  DynamoDB Local    ${system.urls.dynamodb}`,
    '',
    today
      ? `  Clock             moved to ${formatBerlin(localClock.now())} (Berlin); POST /local/clock {"today":"YYYY-MM-DD"} moves it on.`
      : '  Clock             real time (npm start -- --today YYYY-MM-DD starts it on a later day).',
    `  Table ${system.tableCreated ? 'created' : 'reused'}; Jobcenters seeded: ${system.seeded.created} new of ${system.seeded.total}.`,
    `  Demo accessions (Düsseldorf, Bonn, Kreis Wesel): ${system.demoAccessions} new; a Selbstbewertung can be launched at once.`,
    system.users.length > 0
      ? `  Logins (shown once, stored hashed in .local/auth.json):\n${system.users
          .map((u) => `    ${u.roles.join(', ').padEnd(17)} ${u.username.padEnd(31)} ${u.password}`)
          .join('\n')}`
      : '  Logins: the credentials printed at the first start (npm start -- --fresh makes new ones).',
    '',
    'Ctrl-C stops everything.',
    '',
  ];
  console.log(lines.join('\n'));
  // Every way out stops the child services first (DynamoDB Local is a Java process); a hard kill
  // leaves a pid file that the next start uses (local/child-record.ts).
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping …');
    await system.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown(0));
  const crash = (e: unknown) => {
    console.error('\nThe local system failed:', e);
    void shutdown(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
};

main().catch((e: unknown) => {
  if (e instanceof PortInUseError) console.error(`\n${e.message}\n`);
  else console.error('\nThe local system could not start:', e instanceof Error ? e.message : e, '\n');
  process.exit(1);
});
