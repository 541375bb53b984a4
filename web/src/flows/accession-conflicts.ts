import { HANDLUNGSFELDER } from '../../../functions/questionnaire/handlungsfelder';
import { catalogueMeasure } from '../../../functions/questionnaire/measure-catalogue';
import { type Answers, describePath, leafLabel, type Measure, measureName } from './accession-form';
import { type ConflictRow, indexedPath, type MergeConflict } from './merge-answers';

// ---------- Conflicts: what both sides changed differently ----------

const display = (value: unknown): string => {
  if (value === undefined || value === null || value === '') return '(leer)';
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  if (typeof value === 'object') return '(geändert)';
  return String(value);
};

const LEAF_DISPLAY: Record<string, (value: unknown) => string> = {
  katalogId: (v) => (typeof v === 'string' ? (catalogueMeasure(v)?.titel ?? v) : display(v)),
  handlungsfeld: (v) => {
    const hf = HANDLUNGSFELDER.find((h) => h.id === v);
    return hf ? `Handlungsfeld ${hf.nummer}` : display(v);
  },
};

/** A whole measure, removed on one side and changed on the other. */
const measureText = (value: unknown): string => {
  if (value === undefined) return '(entfernt)';
  const m = value as Measure;
  return [m.titel?.trim(), m.beschreibung?.trim()].filter(Boolean).join(', ') || '(leer)';
};

/**
 * The conflicts of a merge (`mergeAnswers`) in words: which field, and the value here and in the
 * version saved elsewhere. Keyed by the conflict's path, as the choices are.
 */
export const describeConflicts = (
  conflicts: readonly MergeConflict[],
  mine: Answers,
  theirs: Answers,
): ConflictRow[] =>
  conflicts.map(({ path, mine: a, theirs: b }) => {
    const [top = '', key = '', leaf] = path.split('.');
    if (top === 'massnahmen' && key) {
      const lists = [mine.massnahmen ?? [], theirs.massnahmen ?? []];
      const titled = lists.map((l) => l.find((m) => m.id === key)).find((m) => m?.titel?.trim());
      const list = lists.find((l) => l.some((m) => m.id === key)) ?? [];
      const name = titled?.titel
        ? `Maßnahme „${titled.titel.trim()}“`
        : measureName(
            list,
            list.findIndex((m) => m.id === key),
          );
      if (!leaf) return { path, label: name, mine: measureText(a), theirs: measureText(b) };
      const show = LEAF_DISPLAY[leaf] ?? display;
      return {
        path,
        label: `${name}, ${leafLabel('massnahmen', leaf) ?? leaf}`,
        mine: show(a),
        theirs: show(b),
      };
    }
    const inMine = indexedPath(path, mine);
    const label = inMine
      ? describePath(inMine, mine)
      : describePath(indexedPath(path, theirs) ?? path, theirs);
    return { path, label, mine: display(a), theirs: display(b) };
  });
