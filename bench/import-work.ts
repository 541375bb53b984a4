import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** The environment a bundle is imported with by the benches and budgets (no AWS reachable). */
export const IMPORT_ENV = {
  ...process.env,
  STAGE: 'local',
  TABLE_NAME: 'bench',
  DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
  SES_ENDPOINT: 'http://127.0.0.1:9',
  MAIL_FROM: 'bench@mags.example.org',
  APP_BASE_URL: 'http://127.0.0.1:9',
};

const INTL_CONSTRUCTORS = [
  'DateTimeFormat',
  'NumberFormat',
  'Collator',
  'PluralRules',
  'RelativeTimeFormat',
  'ListFormat',
  'Segmenter',
  'DisplayNames',
];
const LOCALE_METHODS: [string, string[]][] = [
  ['Number', ['toLocaleString']],
  ['Date', ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
  ['String', ['localeCompare', 'toLocaleUpperCase', 'toLocaleLowerCase']],
];

/** Runs in the fresh process: records every use of ICU, then imports the bundle. */
const script = (file: string) => `
const uses = [];
for (const name of ${JSON.stringify(INTL_CONSTRUCTORS)}) {
  const record = () => uses.push('Intl.' + name);
  Intl[name] = new Proxy(Intl[name], {
    construct: (t, a, n) => (record(), Reflect.construct(t, a, n)),
    apply: (t, self, a) => (record(), Reflect.apply(t, self, a)),
  });
}
for (const [type, names] of ${JSON.stringify(LOCALE_METHODS)}) {
  const proto = globalThis[type].prototype;
  for (const name of names) {
    const original = proto[name];
    proto[name] = function (...a) { uses.push(type + '#' + name); return original.apply(this, a); };
  }
}
await import(${JSON.stringify(file)});
console.log(JSON.stringify([...new Set(uses)]));`;

/**
 * What importing a bundle in a fresh Node process does with ICU (`Intl` objects, locale-aware
 * methods). Deterministic, unlike timing: the first use of ICU in a process costs about 30 ms of CPU,
 * so a module that formats at import makes every cold start of every handler bundling it slower
 * (the regression of issue 13: a Berlin date format made at module level). Returns what was used.
 */
export const icuUsedAtImport = async (file: string): Promise<string[]> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script(file)],
    {
      env: IMPORT_ENV,
      encoding: 'utf8',
    },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]');
};
