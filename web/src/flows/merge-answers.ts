/**
 * Three-way merge of form answers, for a save that met a newer version saved elsewhere (HTTP 409).
 * `base` is what the server had when this tab last loaded or saved, `mine` the answers in this
 * tab, `theirs` the version saved elsewhere. Per answer: what only one side changed is taken from
 * that side; what both sides changed to the same value is kept; what both changed differently is
 * a conflict, decided by `choices` (this tab's answer unless chosen otherwise).
 *
 * The unit of merge is a leaf of the answers, found by walking them:
 * - objects by key (`geschaeftsfuehrung.name`, `abschnitte.hf2.kennzahlen.schulungen`);
 * - lists of objects with an `id` (measures) or a `kind` (a Träger's consent) by that key, so a
 *   measure is the same measure wherever it is in the list (`massnahmen.<id>.titel`); a measure
 *   removed on one side and changed on the other is one conflict about the whole measure;
 * - lists of plain values (e.g. the Handlungsfelder marked as done) as sets: each value is added
 *   or removed on its own, which never conflicts;
 * - anything else (text, numbers, choices) as one value.
 * Conflicts are named by that path, with ids instead of list positions.
 */
export type Side = 'mine' | 'theirs';
export type Choices = Readonly<Record<string, Side>>;
export type MergeConflict = { path: string; base: unknown; mine: unknown; theirs: unknown };
export type MergeResult<T> = { merged: T; conflicts: MergeConflict[] };
/** A conflict in words, for the person to choose: the field and both values. */
export type ConflictRow = { path: string; label: string; mine: string; theirs: string };

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPlain = (value: unknown) => typeof value === 'string' || typeof value === 'number';

/** The key of a list item that has an identity: a measure's `id`, a consent's Träger `kind`. */
const keyOf = (item: unknown): string | undefined => {
  if (!isRecord(item)) return undefined;
  if (typeof item.id === 'string') return item.id;
  return typeof item.kind === 'string' ? item.kind : undefined;
};

/**
 * The form of a value for comparing: an empty text, list or object counts as not given (a field
 * typed into and cleared again is unchanged), object keys and lists of plain values are sorted.
 */
const normal = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    const items = value.map((v) => normal(v) ?? null);
    return items.every(isPlain) ? [...items].sort() : items;
  }
  if (isRecord(value)) {
    const entries = Object.keys(value)
      .sort()
      .flatMap((k) => {
        const v = normal(value[k]);
        return v === undefined ? [] : [[k, v] as const];
      });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
};

/** Whether two answers are the same, an empty value and a missing one included. */
export const sameAnswer = (a: unknown, b: unknown): boolean =>
  JSON.stringify(normal(a)) === JSON.stringify(normal(b));

const lists = (...values: unknown[]): unknown[][] | undefined =>
  values.every((v) => v === undefined || Array.isArray(v))
    ? values.map((v) => (v as unknown[] | undefined) ?? [])
    : undefined;

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

class Merger {
  readonly conflicts: MergeConflict[] = [];
  constructor(private readonly choices: Choices) {}

  /** One value: taken from the side that changed it; changed on both sides, a conflict. */
  leaf(path: string, base: unknown, mine: unknown, theirs: unknown): unknown {
    if (sameAnswer(mine, theirs) || sameAnswer(base, theirs)) return mine;
    if (sameAnswer(base, mine)) return theirs;
    this.conflicts.push({ path, base, mine, theirs });
    return this.choices[path] === 'theirs' ? theirs : mine;
  }

  value(path: string, base: unknown, mine: unknown, theirs: unknown): unknown {
    if (sameAnswer(mine, theirs) || sameAnswer(base, theirs)) return mine;
    if (sameAnswer(base, mine)) return theirs;
    // Changed on both sides: look inside.
    if ([base, mine, theirs].every((v) => v === undefined || isRecord(v)))
      return this.object(path, base as Record_ | undefined, mine as Record_, theirs as Record_);
    const asLists = lists(base, mine, theirs);
    if (asLists) {
      const [b, m, t] = asLists as [unknown[], unknown[], unknown[]];
      const items = [...b, ...m, ...t];
      if (items.every((i) => keyOf(i) !== undefined)) return this.keyedList(path, b, m, t);
      if (items.every(isPlain)) return setMerge(b, m, t);
    }
    return this.leaf(path, base, mine, theirs);
  }

  object(path: string, base: Record_ | undefined, mine: Record_ | undefined, theirs: Record_ | undefined) {
    const keys = [...new Set([...Object.keys(mine ?? {}), ...Object.keys(theirs ?? {})])];
    const out: Record_ = {};
    for (const key of keys) {
      const value = this.value(at(path, key), base?.[key], mine?.[key], theirs?.[key]);
      if (value !== undefined) out[key] = value;
    }
    return out;
  }

  /** Items by key, in this tab's order, items added elsewhere at the end. */
  keyedList(path: string, base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] {
    const byKey = (list: unknown[]) => new Map(list.map((item) => [keyOf(item) as string, item]));
    const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
    const order = [...m.keys(), ...[...t.keys()].filter((k) => !m.has(k))];
    return order.flatMap((key) => {
      const [bi, mi, ti] = [b.get(key), m.get(key), t.get(key)];
      // Removed on one side and changed on the other: a conflict about the whole item.
      const value =
        mi !== undefined && ti !== undefined
          ? this.value(at(path, key), bi, mi, ti)
          : this.leaf(at(path, key), bi, mi, ti);
      return value === undefined ? [] : [value];
    });
  }
}

/** A list of plain values as a set: each value added or removed where one side did so. */
const setMerge = (base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] =>
  [...mine, ...theirs.filter((v) => !mine.includes(v))].filter((v) => {
    const [inBase, inMine, inTheirs] = [base.includes(v), mine.includes(v), theirs.includes(v)];
    return inMine === inTheirs || inMine !== inBase ? inMine : inTheirs;
  });

/** Merges `mine` and `theirs`, both changed from `base`; see the top of this file. */
export const mergeAnswers = <T>(base: T, mine: T, theirs: T, choices: Choices = {}): MergeResult<T> => {
  const merger = new Merger(choices);
  const merged = merger.value('', base, mine, theirs) as T;
  return { merged, conflicts: merger.conflicts };
};

/**
 * `massnahmen.<id>.titel` → `massnahmen.2.titel`: a conflict's path with the positions of its
 * items in `answers`, as error paths and field labels use them; undefined if an item is not there.
 */
export const indexedPath = (path: string, answers: unknown): string | undefined => {
  let node: unknown = answers;
  const out: string[] = [];
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) {
      const index = node.findIndex((item) => keyOf(item) === segment);
      if (index < 0) return undefined;
      out.push(String(index));
      node = node[index];
    } else {
      out.push(segment);
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return out.join('.');
};
