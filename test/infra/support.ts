import * as fs from 'node:fs';
import * as path from 'node:path';
import { App, type NestedStack, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/build-app';
import { REPO_ROOT } from '../../infra/paths';
import type { StatelessStack } from '../../infra/stateless-stack';

/** The context of cdk.json (feature flags included), so tests synthesize what `cdk synth` does. */
export const cdkJsonContext = (): Record<string, unknown> =>
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'cdk.json'), 'utf8')).context;

/** What `npm run synth` passes as the required `alarmEmail` (package.json). */
export const TEST_ALARM_EMAIL = 'betrieb@inklusion.example.org';

/**
 * Build the app as infra/app.ts does. `skipBundling` (default here) replaces esbuild by a stub asset;
 * test/infra/bundling.test.ts covers the real bundling.
 */
export const buildTestApp = (context: Record<string, unknown> = {}) => {
  const app = new App({
    context: { ...cdkJsonContext(), skipBundling: true, alarmEmail: TEST_ALARM_EMAIL, ...context },
  });
  return { app, ...buildApp(app) };
};

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string | string[] };
export type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Condition?: unknown };

/** Resources of a type by logical id; `Properties` is always present (empty if the template has none). */
export const resourcesOf = (template: Template, type: string): Record<string, Resource> =>
  Object.fromEntries(
    Object.entries(template.findResources(type)).map(([id, r]): [string, Resource] => [
      id,
      { ...r, Type: type, Properties: r.Properties ?? {} },
    ]),
  );

const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** All Allow statements of the inline policies attached to the role with this logical id. */
export const statementsOfRole = (template: Template, roleLogicalId: string): Statement[] =>
  Object.values(resourcesOf(template, 'AWS::IAM::Policy'))
    .filter((p) =>
      (p.Properties.Roles as unknown[]).some(
        (r) => JSON.stringify(r) === JSON.stringify({ Ref: roleLogicalId }),
      ),
    )
    .flatMap((p) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
    .filter((s) => s.Effect === 'Allow');

export const actionsOf = (statements: Statement[]): string[] => statements.flatMap((s) => asArray(s.Action));

/** Logical ids a resource refers to (Ref, Fn::GetAtt, DependsOn) inside the same template. */
export const referencesOf = (resource: Resource, known: Set<string>): Set<string> => {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'Ref' && typeof value === 'string' && known.has(value)) found.add(value);
        else if (key === 'Fn::GetAtt') {
          const target = Array.isArray(value) ? value[0] : String(value).split('.')[0];
          if (typeof target === 'string' && known.has(target)) found.add(target);
        } else if (key === 'Fn::Sub') {
          const text = Array.isArray(value) ? value[0] : value;
          for (const m of String(text).matchAll(/\$\{([^}.!]+)/g))
            if (m[1] && known.has(m[1])) found.add(m[1]);
          visit(value);
        } else visit(value);
      }
    }
  };
  visit(resource.Properties ?? {});
  for (const d of asArray(resource.DependsOn ?? [])) if (known.has(d)) found.add(d);
  return found;
};

/** A dependency cycle between resources of one template, or undefined. CloudFormation rejects cycles. */
export const findCycle = (template: Template): string[] | undefined => {
  const resources = template.toJSON().Resources as Record<string, Resource>;
  const known = new Set(Object.keys(resources));
  const graph = new Map([...known].map((id) => [id, referencesOf(resources[id] as Resource, known)]));
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): string[] | undefined => {
    state.set(id, 'open');
    for (const next of graph.get(id) ?? []) {
      if (state.get(next) === 'open') return [...trail, next];
      if (!state.has(next)) {
        const cycle = visit(next, [...trail, next]);
        if (cycle) return cycle;
      }
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of known) {
    if (state.has(id)) continue;
    const cycle = visit(id, [id]);
    if (cycle) return cycle;
  }
  return undefined;
};

/** The nested stack's template with each `{ Ref: parameter }` replaced by the value the parent passes. */
const withParentValues = (parent: Stack, nested: NestedStack): Template => {
  const parentResources = Template.fromStack(parent).toJSON().Resources as Record<
    string,
    { Type: string; Properties?: { Parameters?: Record<string, unknown> } }
  >;
  const nestedId = parent.getLogicalId(nested.nestedStackResource as never);
  const parameters = parentResources[nestedId]?.Properties?.Parameters ?? {};
  let text = JSON.stringify(Template.fromStack(nested).toJSON());
  for (const [name, value] of Object.entries(parameters))
    text = text.split(JSON.stringify({ Ref: name })).join(JSON.stringify(value));
  return Template.fromJSON(JSON.parse(text));
};

/** The nested "Monitoring" stack of the stateless stack (alarms, their topic, metric filters), as above. */
export const monitoringTemplate = (stateless: StatelessStack): Template =>
  withParentValues(stateless, Stack.of(stateless.alarms) as NestedStack);
