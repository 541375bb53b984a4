import type { RetentionStore } from '../../shared/ports';
import type { RetainedItem } from '../retention-rules';

/** What a rule does to one item: delete it, or set these attributes (names and addresses replaced). */
export type ItemVerdict =
  | { action: 'delete'; dataClass: string }
  | { action: string; dataClass: string; set: Record<string, unknown> };

/** Decides on one item and carries the verdict out: the verdict done, or undefined when nothing was done. */
export type ItemStep<V extends ItemVerdict> = (item: RetainedItem) => Promise<V | undefined>;

/**
 * The plain step of the retention run: the verdict carried out with a write conditional on the
 * item still existing (an item already gone counts as nothing done).
 */
export const carryOutVerdict =
  <V extends ItemVerdict>(
    store: Pick<RetentionStore, 'deleteRetained' | 'anonymiseRetained'>,
    verdictOf: (item: RetainedItem) => V | undefined,
  ): ItemStep<V> =>
  async (item) => {
    const verdict = verdictOf(item);
    if (!verdict) return undefined;
    const done =
      'set' in verdict ? await store.anonymiseRetained(item, verdict.set) : await store.deleteRetained(item);
    return done ? verdict : undefined;
  };

/**
 * The loop shared by the retention run and the erasure of a privacy request: reads the items page
 * by page, lets `step` decide on each and carry its verdict out, and counts what was done as
 * `<dataClass>.deleted` or `<dataClass>.<setOutcome>`. An item already gone is not counted, so a
 * rerun counts nothing twice. `examined` counts every item read.
 */
export const applyVerdicts = async <V extends ItemVerdict>(
  pages: AsyncIterable<RetainedItem[]>,
  step: ItemStep<V>,
  setOutcome: 'anonymised' | 'pseudonymised',
): Promise<{ counts: Record<string, number>; examined: number }> => {
  const counts: Record<string, number> = {};
  let examined = 0;
  for await (const page of pages) {
    for (const item of page) {
      examined += 1;
      const verdict = await step(item);
      if (!verdict) continue;
      const key = `${verdict.dataClass}.${'set' in verdict ? setOutcome : 'deleted'}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return { counts, examined };
};
