import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/api/routes';
import { AppFunction } from '../../infra/constructs/app-function';

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
      // functions/wiring.ts builds the SQS queue client at cold start (STAGE defaults to aws).
      SEND_QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/111111111111/Inklusion-Send',
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
