import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Template } from 'aws-cdk-lib/assertions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { afterAll, beforeAll } from 'vitest';
import { CONSUMERS, ROUTES, SCHEDULES, SUBSCRIBERS } from '../../functions/api/routes';
import type { StatefulStack } from '../../infra/stateful-stack';
import type { StatelessStack } from '../../infra/stateless-stack';
import { buildTestApp, statelessTemplate } from './support';

/** The fixed origin and the alarm address of the variant synth. */
export const ORIGIN = 'https://inklusion.example.org';
export const ALARM_EMAIL = 'leitstelle@inklusion.example.org';

/** Every entry of functions/api/routes.ts that becomes a Lambda. */
export const ALL_DEFS = [...ROUTES, ...SCHEDULES, ...CONSUMERS, ...SUBSCRIBERS];

export const logicalIdOf = (stack: StatelessStack, id: string): string => {
  const fn = stack.functions[id];
  if (!fn) throw new Error(`no function for ${id}`);
  return stack.getLogicalId(fn.function.node.defaultChild as lambda.CfnFunction);
};

export type StatelessSynth = {
  stack: StatelessStack;
  stateful: StatefulStack;
  template: Template;
  /** The other settings in one second synth: a web build, a fixed origin, an alarm address. */
  variant: Template;
  variantStack: StatelessStack;
};

/**
 * The stateless stack the stateless-*.test.ts files read, synthesized in their beforeAll: one
 * synth with a web folder without a build, whatever the state of web/dist in this checkout, and
 * with `withVariant` a second one with a (tiny) build, a fixed origin and an alarm address (only
 * the files that compare both pay for it). The returned object is filled before the first test.
 */
export const synthStatelessStack = ({ withVariant }: { withVariant: boolean }): StatelessSynth => {
  const synth = {} as StatelessSynth;
  let noBuild = '';
  let dist = '';

  beforeAll(() => {
    // Prepare: a web folder without a build, and one with a (tiny) build.
    noBuild = fs.mkdtempSync(path.join(os.tmpdir(), 'web-nobuild-'));
    // Act
    const { stateless, stateful } = buildTestApp({ webDistDir: noBuild });
    Object.assign(synth, { stack: stateless, stateful, template: statelessTemplate(stateless) });
    if (!withVariant) return;
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Inklusion</title>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    const variantStack = buildTestApp({
      webDistDir: dist,
      appBaseUrl: ORIGIN,
      alarmEmail: ALARM_EMAIL,
    }).stateless;
    Object.assign(synth, { variantStack, variant: statelessTemplate(variantStack) });
  });

  afterAll(() => {
    for (const dir of [noBuild, dist]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  return synth;
};
