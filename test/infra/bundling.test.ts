import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../../bench/bundle';
import { ROUTES } from '../../functions/api/routes';
import { AppFunction } from '../../infra/constructs/app-function';
import { REPO_ROOT } from '../../infra/paths';
import { decodeStack } from '../../local/decode-stack';

const health = ROUTES.find((r) => r.id === 'health');

describe('real esbuild bundling, without Docker', () => {
  let bundleDir: string;
  let seconds: number;
  const dockerBefore = process.env.CDK_DOCKER;

  beforeAll(() => {
    // Prepare: any attempt to run Docker would now fail loudly.
    process.env.CDK_DOCKER = '/nonexistent/docker';
    const app = new App();
    const stack = new Stack(app, 'Bundle', { env: { account: '111111111111', region: 'eu-central-1' } });
    const table = new dynamodb.TableV2(stack, 'Table', {
      partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING },
    });
    if (!health) throw new Error('ROUTES has no health route');

    // Act
    const started = performance.now();
    new AppFunction(stack, 'Health', {
      id: health.id,
      entry: health.entry,
      description: 'bundling test',
      grants: health.grants,
      resources: {
        table,
        mail: {
          identityArn: 'arn:identity',
          configurationSetArn: 'arn:cs',
          from: 'noreply@inklusion.example.org',
        },
      },
      environment: {},
      logLevel: 'INFO',
      timeout: Duration.seconds(10),
    });
    const assembly = app.synth();
    seconds = (performance.now() - started) / 1000;

    const manifest = JSON.parse(
      fs.readFileSync(path.join(assembly.directory, 'Bundle.assets.json'), 'utf8'),
    ) as {
      files: Record<string, { source: { path: string } }>;
    };
    const dirs = Object.values(manifest.files).map((f) => path.join(assembly.directory, f.source.path));
    const found = dirs.find((d) => fs.existsSync(path.join(d, 'index.mjs')));
    if (!found) throw new Error(`no bundled index.mjs among ${dirs.join(', ')}`);
    bundleDir = found;
  });

  afterAll(() => {
    if (dockerBefore === undefined) delete process.env.CDK_DOCKER;
    else process.env.CDK_DOCKER = dockerBefore;
  });

  it('bundles one handler to a minified ESM file with a source map in well under a minute', () => {
    expect(seconds).toBeLessThan(60);
    expect(fs.existsSync(path.join(bundleDir, 'index.mjs.map'))).toBe(true);
    const code = fs.readFileSync(path.join(bundleDir, 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire as __createRequire } from 'node:module';")).toBe(true);
    // The AWS SDK is bundled (version from package-lock.json), not taken from the runtime.
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
  });

  it('loads in Node 22 as an ES module and exports handler', () => {
    const env = {
      PATH: process.env.PATH,
      TABLE_NAME: 'Inklusion-Table',
      MAIL_FROM: 'noreply@inklusion.example.org',
      APP_BASE_URL: 'https://d111111abcdef8.cloudfront.net',
      AWS_REGION: 'eu-central-1',
    };
    const url = pathToFileURL(path.join(bundleDir, 'index.mjs')).href;
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(url)}); console.log(typeof m.handler);`,
      ],
      { env, encoding: 'utf8' },
    );
    // The last lines of stderr only: the first ones would repeat a line of the minified bundle.
    expect(run.stderr.split('\n').slice(-12).join('\n')).toBe('');
    const out = run.stdout;
    expect(out.trim()).toBe('function');
  });
});

describe('e-mail rendering in a bundle built with the deployed options', () => {
  it('renders HTML and text without prettier and without development React', async () => {
    // Prepare: a tiny entry that renders the invitation, bundled like every handler.
    const dir = path.join(REPO_ROOT, 'bench', 'out');
    fs.mkdirSync(dir, { recursive: true });
    const entry = path.join(dir, 'render-entry.ts');
    fs.writeFileSync(
      entry,
      `import { makeMailTemplates } from '../../emails/index';
const { renderInvitation } = makeMailTemplates({ appBaseUrl: 'https://inklusion.example.org' });
const m = await renderInvitation({ jobcenterName: 'Jobcenter Köln', campaignTitle: 'Beitritt 2026', subject: 'Einladung',
  letterBody: 'Sehr geehrte Damen und Herren,\\n\\nbitte treten Sie bei.', deadline: '2026-12-31',
  formUrl: 'https://inklusion.example.org/formular#t=abc', senderName: 'MAGS NRW', replyTo: 'inklusion@mags.example.org' });
console.log(JSON.stringify({ html: m.html.length, text: m.text.includes('Jobcenter Köln'), subject: m.subject }));`,
    );
    const built = await bundle({ id: 'render-entry', entry: path.relative(REPO_ROOT, entry) });
    expect(built.inputs.some((i) => i.includes('node_modules/prettier/'))).toBe(false);
    expect(built.inputs.some((i) => i.endsWith('.development.js'))).toBe(false);

    // Act: run it in a fresh Node process, where `prettier` cannot be resolved from the bundle.
    const run = spawnSync(process.execPath, [built.file], { encoding: 'utf8', cwd: os.tmpdir() });

    // Assert
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { html: number; text: boolean; subject: string };
    expect(out.html).toBeGreaterThan(1000);
    expect(out.text).toBe(true);
  });
});

describe('stack traces of deployed bundles', () => {
  it('name the functions (keepNames) and map back to the sources with the deployed source map', async () => {
    // Prepare: a bundle whose use case throws; no --enable-source-maps at runtime, as deployed.
    const dir = path.join(REPO_ROOT, 'bench', 'out');
    fs.mkdirSync(dir, { recursive: true });
    const entry = path.join(dir, 'throw-entry.ts');
    fs.writeFileSync(
      entry,
      `import { parseWith } from '../../functions/shared/validation';
import * as z from 'zod';
function makeFailingUseCase() { return function failingUseCase(input: unknown) { return parseWith(z.object({ a: z.string() }), input); }; }
try { makeFailingUseCase()({}); } catch (e) { console.log((e as Error).stack); }`,
    );
    const built = await bundle({ id: 'throw-entry', entry: path.relative(REPO_ROOT, entry) });
    const run = spawnSync(process.execPath, [built.file], { encoding: 'utf8', cwd: os.tmpdir() });
    const stack = run.stdout;
    expect(stack).toMatch(/at failingUseCase \(.*throw-entry\.mjs:\d+:\d+\)/);

    // Act
    const decoded = decodeStack(
      fs.readFileSync(`${built.file}.map`, 'utf8'),
      stack.replaceAll('throw-entry.mjs', 'index.mjs'),
    );

    // Assert: the frames point into the source files.
    expect(decoded).toMatch(/at parseWith \(functions\/shared\/validation\.ts:\d+:\d+\)/);
    expect(decoded).toMatch(/at failingUseCase \(.*throw-entry\.ts:3:\d+\)/);
  });
});
