import * as z from 'zod';
import type { Questionnaire } from './definition';
import { SB_2026 } from './sb-2026';
import { SB_2027 } from './sb-2027';

/**
 * Every questionnaire ever published, by version. Never remove one: submissions refer to it.
 * They are typed constants; test/unit/self-assessment-form.test.ts proves each one passes its
 * schema unchanged, so no handler parses them again at every cold start.
 */
export const QUESTIONNAIRES: Readonly<Record<string, Questionnaire>> = Object.fromEntries(
  [SB_2026, SB_2027].map((q) => [q.version, q]),
);

const versions = Object.keys(QUESTIONNAIRES) as [string, ...string[]];

export const QuestionnaireVersion = z
  .enum(versions, { error: 'Diesen Fragebogen gibt es nicht.' })
  .meta({ id: 'QuestionnaireVersion' });

export const questionnaire = (version: string): Questionnaire => {
  const q = QUESTIONNAIRES[version];
  if (!q) throw new Error(`unknown questionnaire ${version}`);
  return q;
};

export const questionnaireYear = (version: string): number => questionnaire(version).year;

/**
 * Whether a questionnaire was published before this one, i.e. whether a Jobcenter can have
 * answers from a previous year to prefill. The first year's texts must not promise them.
 */
export const hasPreviousYear = (version: string): boolean => {
  const year = QUESTIONNAIRES[version]?.year;
  return year !== undefined && Object.values(QUESTIONNAIRES).some((q) => q.year < year);
};
