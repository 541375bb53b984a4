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
