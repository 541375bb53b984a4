import type { Traeger } from '../../../functions/registry/jobcenter';
import type { FieldProblem } from '../api/client';
import { type Answers, STEPS, type StepId, todayIso, validateStep } from './accession-form';

/**
 * Where the person is in the Beitrittserklärung and where each action leads, as pure functions
 * (the pages follow them; test/unit/accession-flow.test.ts replays whole paths through them).
 *
 * - `uebersicht`: the task list; `pruefen`: check answers; a step id: that step.
 * - `fromCheck`: the step was opened by a change link on the check page, so saving returns there.
 */
export type Place = StepId | 'uebersicht' | 'pruefen';
export type Position = { place: Place; fromCheck: boolean };

export type FlowAction =
  /** "Speichern und weiter": saves, checks the step, goes on only without problems. */
  | { kind: 'save' }
  /** The back link: to the check page when opened from there, else to the overview. */
  | { kind: 'back' }
  /** A task list link (from the overview) or a change link (from the check page). */
  | { kind: 'open'; step: StepId }
  /** "Angaben prüfen und abgeben" on the overview. */
  | { kind: 'check' };

export const START: Position = { place: 'uebersicht', fromCheck: false };

const stepAt = (place: Place) => STEPS.find((s) => s.id === place);

/** The next position after `action`, and the problems that kept the person on a step. */
export const move = (
  at: Position,
  action: FlowAction,
  answers: Answers,
  traeger: readonly Pick<Traeger, 'kind'>[],
  today = todayIso(),
): { at: Position; problems: FieldProblem[] } => {
  const stay = { at, problems: [] };
  switch (action.kind) {
    case 'open':
      return at.place === 'uebersicht' || at.place === 'pruefen'
        ? { at: { place: action.step, fromCheck: at.place === 'pruefen' }, problems: [] }
        : stay;
    case 'check':
      return at.place === 'uebersicht' ? { at: { place: 'pruefen', fromCheck: false }, problems: [] } : stay;
    case 'back':
      if (at.place === 'uebersicht') return stay;
      return { at: { place: at.fromCheck ? 'pruefen' : 'uebersicht', fromCheck: false }, problems: [] };
    case 'save': {
      const step = stepAt(at.place);
      if (!step) return stay;
      const problems = validateStep(step, answers, traeger, today);
      if (problems.length > 0) return { at, problems };
      const next = STEPS[STEPS.indexOf(step) + 1];
      return {
        at:
          at.fromCheck || !next
            ? { place: 'pruefen', fromCheck: false }
            : { place: next.id, fromCheck: false },
        problems: [],
      };
    }
  }
};
