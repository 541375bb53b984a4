import { afterAll, describe, expect, it } from 'vitest';
import { type FlowAction, move, type Place, type Position, START } from '../../web/src/flows/accession-flow';
import { type Answers, STEPS, type StepId, withTraeger } from '../../web/src/flows/accession-form';
import { validAnswers } from '../fixtures';

/**
 * Flow replay (a2j-rechtsantragstelle's "testcases"): each case is a path through the
 * Beitrittserklärung as `{ step, input }` entries, replayed through the flow logic without a
 * browser. `step` is where the person must be when the entry starts; `input` is what they enter
 * there; `action` what they press (default: "Speichern und weiter"). The suite fails if a step
 * of the flow is visited by no case.
 */
type Entry = { step: Place; input?: Partial<Answers>; action?: FlowAction; problems?: string[] };

const TRAEGER = [
  { kind: 'agentur' as const, name: 'Agentur für Arbeit Düsseldorf' },
  { kind: 'kommune' as const, name: 'Stadt Düsseldorf' },
];
const TODAY = '2027-03-20';
const full = validAnswers(TRAEGER);
const part = <K extends keyof Answers>(...keys: K[]) =>
  Object.fromEntries(keys.map((k) => [k, full[k]])) as Pick<Answers, K>;

const visited = new Set<Place>();

const replay = (entries: readonly Entry[], end: Place) => {
  let at: Position = START;
  let answers: Answers = withTraeger({}, TRAEGER);
  entries.forEach((entry, i) => {
    expect(at.place, `entry ${i}: expected to be at ${entry.step}`).toBe(entry.step);
    visited.add(at.place);
    answers = { ...answers, ...entry.input };
    const result = move(at, entry.action ?? { kind: 'save' }, answers, TRAEGER, TODAY);
    expect(
      result.problems.map((p) => p.field),
      `entry ${i} (${entry.step}): problems`,
    ).toEqual(entry.problems ?? []);
    at = result.at;
  });
  expect(at.place).toBe(end);
  visited.add(at.place);
};

const forward: Entry[] = [
  { step: 'uebersicht', action: { kind: 'open', step: 'jobcenter' } },
  { step: 'jobcenter' },
  { step: 'geschaeftsfuehrung', input: part('geschaeftsfuehrung') },
  { step: 'traeger', input: part('traegerZustimmungen') },
  { step: 'ansprechperson', input: part('inklusionsKontakt') },
  { step: 'ausgangslage', input: part('ausgangslage') },
  { step: 'massnahmen', input: part('massnahmen') },
  { step: 'nrw-inklusiv', input: part('nrwInklusiv') },
  { step: 'veroeffentlichung', input: part('veroeffentlichung') },
  { step: 'unterzeichnung', input: part('unterzeichnung') },
];

describe('accession flow replay', () => {
  afterAll(() => {
    const never = [...STEPS.map((s) => s.id), 'uebersicht', 'pruefen'].filter(
      (p) => !visited.has(p as Place),
    );
    expect(never, 'steps no replay case visits').toEqual([]);
  });

  it('goes forward through every step to the check page', () => {
    replay(forward, 'pruefen');
  });

  it("stays on a step saved with an empty required field, naming only that step's fields", () => {
    replay(
      [
        { step: 'uebersicht', action: { kind: 'open', step: 'unterzeichnung' } },
        {
          step: 'unterzeichnung',
          input: { unterzeichnung: { name: 'Erika Mustermann', datum: '2027-03-14' } },
          problems: ['unterzeichnung.ort'],
        },
        // Leaving is still possible: the back link leads to the overview.
        { step: 'unterzeichnung', action: { kind: 'back' } },
        { step: 'uebersicht', action: { kind: 'open', step: 'unterzeichnung' } },
        { step: 'unterzeichnung', input: part('unterzeichnung') },
      ],
      'pruefen',
    );
  });

  it("checks the Jobcenter's Träger and dates on the step that asks for them", () => {
    const consents = full.traegerZustimmungen;
    replay(
      [
        { step: 'uebersicht', action: { kind: 'open', step: 'traeger' } },
        {
          step: 'traeger',
          input: {
            traegerZustimmungen: consents.map((c, i) => (i === 1 ? { ...c, zugestimmtAm: '2027-04-01' } : c)),
          },
          problems: ['traegerZustimmungen.1.zugestimmtAm'],
        },
        { step: 'traeger', input: { traegerZustimmungen: consents } },
        {
          step: 'ansprechperson',
          input: { inklusionsKontakt: { ...full.inklusionsKontakt, email: 'kein-at' } },
          problems: ['inklusionsKontakt.email'],
        },
        { step: 'ansprechperson', action: { kind: 'back' } },
      ],
      'uebersicht',
    );
  });

  it('goes back from the check page to a step and returns there on save', () => {
    replay(
      [
        ...forward,
        { step: 'pruefen', action: { kind: 'open', step: 'massnahmen' } },
        { step: 'massnahmen', input: { massnahmen: [] }, problems: ['massnahmen'] },
        { step: 'massnahmen', input: part('massnahmen') },
        { step: 'pruefen', action: { kind: 'open', step: 'geschaeftsfuehrung' } },
        { step: 'geschaeftsfuehrung', action: { kind: 'back' } },
      ],
      'pruefen',
    );
  });

  it('reaches the check page from the overview without going through the steps', () => {
    replay([{ step: 'uebersicht', action: { kind: 'check' } }], 'pruefen');
  });

  it('knows every step it is asked for', () => {
    const ids: StepId[] = STEPS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
