/**
 * Reads the request bodies of docs/openapi.json: resolves `$ref`s, builds a plausible base value
 * for a body and lists the places in it a bad-input case can target.
 */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  examples?: unknown[];
};

export type OpenApiDoc = {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema> };
};
export type OpenApiOperation = {
  operationId: string;
  security?: unknown[];
  parameters?: { in: string; name: string }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};

/** A place in a body: the path of property names from the root. */
export type Target = { path: string[]; schema: JsonSchema; required: boolean };

export const makeSchemaWalker = (doc: OpenApiDoc) => {
  const resolve = (s: JsonSchema): JsonSchema => {
    if (!s.$ref) return s;
    const name = s.$ref.replace('#/components/schemas/', '');
    const target = doc.components.schemas[name];
    if (!target) throw new Error(`unresolved ${s.$ref}`);
    const { $ref: _ref, ...rest } = s;
    return resolve({ ...target, ...rest });
  };

  const typesOf = (raw: JsonSchema): Set<string> => {
    const s = resolve(raw);
    if (s.anyOf || s.oneOf) return new Set([...(s.anyOf ?? s.oneOf ?? [])].flatMap((x) => [...typesOf(x)]));
    if (s.allOf) return new Set(s.allOf.flatMap((x) => [...typesOf(x)]));
    if (s.type) return new Set(Array.isArray(s.type) ? s.type : [s.type]);
    if (s.enum) return new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)));
    if (s.const !== undefined) return new Set([typeof s.const]);
    if (s.properties) return new Set(['object']);
    return new Set(); // {}: anything goes
  };

  /** A value that has the right shape where it is cheap to get one; validity is not needed. */
  const baseValue = (raw: JsonSchema): unknown => {
    const s = resolve(raw);
    if (s.default !== undefined) return s.default;
    if (s.examples?.length) return s.examples[0];
    if (s.const !== undefined) return s.const;
    if (s.enum?.length) return s.enum[0];
    const variants = s.anyOf ?? s.oneOf;
    if (variants?.[0]) return baseValue(variants[0]);
    const type = [...typesOf(s)][0];
    switch (type) {
      case 'object':
        return Object.fromEntries(
          Object.entries(s.properties ?? {})
            .filter(([k]) => s.required?.includes(k))
            .map(([k, v]) => [k, baseValue(v)]),
        );
      case 'array':
        return s.minItems && s.items
          ? Array.from({ length: s.minItems }, () => baseValue(s.items ?? {}))
          : [];
      case 'integer':
      case 'number':
        return s.minimum ?? 1;
      case 'boolean':
        return false;
      case 'string':
        if (s.format === 'email') return 'person@example.org';
        if (s.format === 'date') return '2027-03-31';
        if (s.format === 'date-time') return '2027-03-31T10:00:00.000Z';
        return 'x'.repeat(Math.max(1, s.minLength ?? 1));
      default:
        return {};
    }
  };

  /** Every property reachable through plain objects (not into unions, arrays or records). */
  const targets = (raw: JsonSchema, path: string[] = []): Target[] => {
    const s = resolve(raw);
    if (!s.properties) return [];
    return Object.entries(s.properties).flatMap(([key, child]) => {
      const here: Target = {
        path: [...path, key],
        schema: resolve(child),
        required: !!s.required?.includes(key),
      };
      return [here, ...targets(child, here.path)];
    });
  };

  /** Objects (by path) that refuse unknown keys, the root included. */
  const closedObjects = (raw: JsonSchema, path: string[] = []): string[][] => {
    const s = resolve(raw);
    if (!s.properties) return [];
    const here = s.additionalProperties === false ? [path] : [];
    return [...here, ...Object.entries(s.properties).flatMap(([k, c]) => closedObjects(c, [...path, k]))];
  };

  /** Every object in the base value (by path), records included: places for prototype keys. */
  const objectsIn = (value: unknown, path: string[] = []): string[][] =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? [path, ...Object.entries(value).flatMap(([k, v]) => objectsIn(v, [...path, k]))]
      : [];

  return { resolve, typesOf, baseValue, targets, closedObjects, objectsIn };
};

/** A deep copy of `root` with `path` set to `value`, or removed when `value` is `remove`. */
export const withValueAt = (root: unknown, path: string[], value: unknown, remove = false): unknown => {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return value;
  if (remove) delete node[last];
  // defineProperty: a `__proto__` key becomes an own property, as JSON.parse makes it.
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
};
