/** Read and immutably write a value at a dotted path (`a.b.0.c`); numeric segments index arrays. */

type Container = Record<string, unknown> | unknown[] | undefined;

export const getPath = (root: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);

const setIn = (node: unknown, keys: string[], value: unknown): unknown => {
  if (keys.length === 0) return value;
  const [key, ...rest] = keys as [string, ...string[]];
  if (/^\d+$/.test(key)) {
    // Like `(list ?? []).map(...)`: an index outside the list changes nothing.
    const index = Number(key);
    return ((node as unknown[] | undefined) ?? []).map((item, i) =>
      i === index ? setIn(item, rest, value) : item,
    );
  }
  const object = node as Record<string, unknown> | undefined;
  return { ...object, [key]: setIn(object?.[key], rest, value) };
};

export const setPath = <T>(root: T, path: string, value: unknown): T =>
  setIn(root as Container, path.split('.'), value) as T;

// ---------- Leaving out what a schema rejects ----------

type Issue = { path: readonly PropertyKey[]; code?: string; keys?: readonly string[] };
type Checked = { success: true; data: unknown } | { success: false; error: { issues: readonly Issue[] } };
type Checker = { safeParse(value: unknown): Checked };

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], root);

const deletePath = (root: unknown, path: readonly PropertyKey[]): boolean => {
  let node = root as Record<PropertyKey, unknown> | undefined;
  for (const key of path.slice(0, -1)) {
    node = node?.[key] as Record<PropertyKey, unknown> | undefined;
    if (!node || typeof node !== 'object') return false;
  }
  const last = path.at(-1);
  if (!node || last === undefined || !(last in node)) return false;
  delete node[last];
  return true;
};

/** The paths an issue points at: an unknown key of a strict object is the key itself, not the object. */
const issuePaths = (issue: Issue): PropertyKey[][] =>
  issue.code === 'unrecognized_keys' && issue.keys
    ? issue.keys.map((k) => [...issue.path, k])
    : issue.path.length > 0
      ? [[...issue.path]]
      : [];

/**
 * A copy of `value` without the fields `schema` rejects, removed one round of issues at a time.
 * `kept` is that copy as it was given (untrimmed), `data` what the schema made of it; both are
 * undefined when the value still fails (e.g. the top level itself is wrong). `removed` names the
 * fields that held something (an empty field is simply not filled in yet).
 */
export const withoutInvalid = <T>(
  schema: Checker,
  value: unknown,
  rounds = 20,
): { data: T | undefined; kept: T | undefined; removed: string[] } => {
  const copy = structuredClone(value ?? {}) as Record<string, unknown>;
  const removed: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const result = schema.safeParse(copy);
    if (result.success) return { data: result.data as T, kept: copy as T, removed };
    let changed = false;
    for (const issue of result.error.issues)
      for (const path of issuePaths(issue)) {
        const held = valueAt(copy, path);
        if (deletePath(copy, path)) {
          changed = true;
          if (held !== '' && held !== undefined) removed.push(path.map(String).join('.'));
        }
      }
    if (!changed) break;
  }
  return { data: undefined, kept: undefined, removed };
};
