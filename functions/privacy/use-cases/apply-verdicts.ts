import type { RetentionStore } from '../../shared/ports';
import type { RetainedItem } from '../retention-rules';

/** What a rule does to one item: delete it, or set these attributes (names and addresses replaced). */
export type ItemVerdict =
  | { action: 'delete'; dataClass: string }
  | { action: string; dataClass: string; set: Record<string, unknown> };

/**
 * The loop shared by the retention run and the erasure of a privacy request: reads the items page
 * by page, applies each item's verdict (delete it, or set the verdict's attributes) and counts what
 * was done as `<dataClass>.deleted` or `<dataClass>.<setOutcome>`. An item already gone is not
 * counted, so a rerun counts nothing twice. `examined` counts every item read.
 */
export const applyVerdicts = async <V extends ItemVerdict>(
  store: Pick<RetentionStore, 'deleteRetained' | 'anonymiseRetained'>,
  pages: AsyncIterable<RetainedItem[]>,
  verdictOf: (item: RetainedItem) => V | undefined,
  setOutcome: 'anonymised' | 'pseudonymised',
): Promise<{ counts: Record<string, number>; examined: number }> => {
  const counts: Record<string, number> = {};
  let examined = 0;
  for await (const page of pages) {
    for (const item of page) {
      examined += 1;
      const verdict = verdictOf(item);
      if (!verdict) continue;
      const done =
        'set' in verdict
          ? await store.anonymiseRetained(item, verdict.set)
          : await store.deleteRetained(item);
      if (!done) continue;
      const key = `${verdict.dataClass}.${'set' in verdict ? setOutcome : 'deleted'}`;
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return { counts, examined };
};
