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

type TemplateJson = {
  Resources: Record<string, { Type: string; Properties?: { Parameters?: Record<string, unknown> } }>;
  Parameters?: Record<string, unknown>;
  Outputs?: Record<string, { Value: unknown }>;
};

/** The stateless stack itself and its nested stacks (Monitoring and one per feature folder). */
export const templatesOf = (stateless: StatelessStack): { stack: Stack; json: TemplateJson }[] => [
  { stack: stateless, json: Template.fromStack(stateless).toJSON() as TemplateJson },
  ...stateless.node
    .findAll()
    .filter((c): c is NestedStack => Stack.isStack(c) && c.nested)
    .map((stack) => ({ stack: stack as Stack, json: Template.fromStack(stack).toJSON() as TemplateJson })),
];

/**
 * The stateless stack with its nested stacks as one flat template: each nested stack's `{ Ref:
 * parameter }` replaced by the value the parent passes, and each `Outputs.X` of a nested stack by
 * the output's value, so references read as if every resource were in the parent. The nested
 * stack resources themselves are left out. Tests about one function, alarm or route need not know
 * which nested stack holds it.
 */
export const statelessTemplate = (stateless: StatelessStack): Template => {
  const [parent, ...nested] = templatesOf(stateless);
  if (!parent) throw new Error('no stateless template');
  const byLogicalId = new Map(
    nested.map(({ stack, json }) => [
      stateless.getLogicalId((stack as NestedStack).nestedStackResource as never),
      json,
    ]),
  );
  const outputOf = (nestedId: string, attribute: string): unknown => {
    const json = byLogicalId.get(nestedId);
    const output = json?.Outputs?.[attribute.replace(/^Outputs\./, '')];
    if (!json || !output) throw new Error(`no output ${attribute} of ${nestedId}`);
    return substitute(output.Value, parametersOf(nestedId));
  };
  const parametersOf = (nestedId: string) =>
    (parent.json.Resources[nestedId]?.Properties?.Parameters ?? {}) as Record<string, unknown>;
  const substitute = (node: unknown, parameters: Record<string, unknown>): unknown => {
    if (Array.isArray(node)) return node.map((n) => substitute(n, parameters));
    if (!node || typeof node !== 'object') return node;
    const entries = Object.entries(node);
    const [key, value] = entries[0] ?? [];
    if (entries.length === 1 && key === 'Ref' && typeof value === 'string' && value in parameters)
      return substitute(parameters[value], {});
    if (entries.length === 1 && key === 'Fn::GetAtt' && Array.isArray(value)) {
      const [target, attribute] = value as [string, string];
      if (byLogicalId.has(target) && attribute.startsWith('Outputs.')) return outputOf(target, attribute);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, substitute(v, parameters)]));
  };
  const resources: TemplateJson['Resources'] = {};
  const add = (id: string, resource: TemplateJson['Resources'][string]) => {
    if (resources[id]) throw new Error(`logical id ${id} in two templates of the stateless stack`);
    resources[id] = resource;
  };
  for (const [id, resource] of Object.entries(parent.json.Resources))
    if (!byLogicalId.has(id)) add(id, substitute(resource, {}) as never);
  for (const [nestedId, json] of byLogicalId)
    for (const [id, resource] of Object.entries(json.Resources))
      add(id, substitute(resource, parametersOf(nestedId)) as never);
  return Template.fromJSON({ ...parent.json, Resources: resources });
};
