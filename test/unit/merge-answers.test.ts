import { describe, expect, it } from 'vitest';
import { describeConflicts } from '../../web/src/flows/accession-conflicts';
import type { Answers } from '../../web/src/flows/accession-form';
import { indexedPath, mergeAnswers, sameAnswer } from '../../web/src/flows/merge-answers';

/** The three-way merge of answers after a save conflict, generic (the accession form uses it as is). */
const measure = (id: string, titel: string) => ({
  id,
  handlungsfeld: 'hf1' as const,
  titel,
  beginn: '2026-01',
  ende: '2026-12',
});

describe('three-way merge of answers', () => {
  it('takes each field from the side that changed it', () => {
    const base = { a: { x: 1, y: 'alt' }, b: 'b' };
    const { merged, conflicts } = mergeAnswers(
      base,
      { ...base, a: { x: 2, y: 'alt' } },
      {
        ...base,
        a: { x: 1, y: 'neu' },
        b: 'c',
      },
    );
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({ a: { x: 2, y: 'neu' }, b: 'c' });
  });

  it('reports a field changed differently on both sides by its path; choices decide it', () => {
    const base = { a: { x: 1 } };
    const mine = { a: { x: 2 } };
    const theirs = { a: { x: 3 } };
    expect(mergeAnswers(base, mine, theirs)).toEqual({
      merged: { a: { x: 2 } },
      conflicts: [{ path: 'a.x', base: 1, mine: 2, theirs: 3 }],
    });
    expect(mergeAnswers(base, mine, theirs, { 'a.x': 'theirs' }).merged).toEqual({ a: { x: 3 } });
  });

  it('merges lists of items by id, and lists of plain values as sets', () => {
    const base = { list: [measure('m-1', 'Eins'), measure('m-2', 'Zwei')], done: ['hf1'] };
    const mine = { list: [measure('m-2', 'Zwei!'), measure('m-3', 'Drei')], done: ['hf1', 'hf2'] };
    const theirs = {
      list: [measure('m-1', 'Eins'), measure('m-2', 'Zwei'), measure('m-4', 'Vier')],
      done: [],
    };
    const { merged, conflicts } = mergeAnswers(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged).toEqual({
      list: [measure('m-2', 'Zwei!'), measure('m-3', 'Drei'), measure('m-4', 'Vier')],
      done: ['hf2'],
    });
  });

  it('treats an empty value like a missing one', () => {
    expect(sameAnswer({ a: '', b: [], c: {} }, {})).toBe(true);
    expect(sameAnswer(['b', 'a'], ['a', 'b'])).toBe(true);
    // Typed into and cleared again here: unchanged, so theirs is taken as it is.
    expect(mergeAnswers<Record<string, string>>({}, { a: '' }, { b: 'x' })).toEqual({
      merged: { b: 'x' },
      conflicts: [],
    });
  });

  it('names the fields of the accession form in a conflict', () => {
    const base: Answers = {
      geschaeftsfuehrung: { name: 'Alt', funktion: 'GF' },
      traegerZustimmungen: [{ kind: 'kommune', traeger: 'Kreis', gremium: 'Rat' }],
      massnahmen: [measure('m-1', 'Eins'), measure('m-2', 'Zwei')],
    };
    const mine: Answers = {
      ...base,
      geschaeftsfuehrung: { name: 'Anna Erste', funktion: 'GF' },
      traegerZustimmungen: [{ kind: 'kommune', traeger: 'Kreis', gremium: 'Kreistag' }],
      massnahmen: [measure('m-1', 'Eins hier'), measure('m-2', 'Zwei')],
    };
    const theirs: Answers = {
      ...base,
      geschaeftsfuehrung: { name: 'Berta Zweite', funktion: 'Vorstand' },
      traegerZustimmungen: [{ kind: 'kommune', traeger: 'Kreis', gremium: 'Ausschuss' }],
      massnahmen: [measure('m-1', 'Eins dort')],
    };
    const { merged, conflicts } = mergeAnswers(base, mine, theirs);
    expect(merged.geschaeftsfuehrung).toEqual({ name: 'Anna Erste', funktion: 'Vorstand' });
    expect(merged.massnahmen).toEqual([measure('m-1', 'Eins hier')]);
    expect(describeConflicts(conflicts, mine, theirs)).toEqual([
      {
        path: 'geschaeftsfuehrung.name',
        label: 'Geschäftsführung, Name',
        mine: 'Anna Erste',
        theirs: 'Berta Zweite',
      },
      {
        path: 'traegerZustimmungen.kommune.gremium',
        label: 'Zustimmung Kommunaler Träger, Zustimmendes Gremium',
        mine: 'Kreistag',
        theirs: 'Ausschuss',
      },
      {
        path: 'massnahmen.m-1.titel',
        label: 'Maßnahme „Eins hier“, Titel',
        mine: 'Eins hier',
        theirs: 'Eins dort',
      },
    ]);
    expect(indexedPath('massnahmen.m-2.titel', mine)).toBe('massnahmen.1.titel');
    expect(indexedPath('massnahmen.m-9.titel', mine)).toBeUndefined();
  });
});
