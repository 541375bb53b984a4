import * as z from 'zod';
import { AssessmentResult, AssessmentTexts } from '../evaluation/assessment-result';
import { MeasureSet } from '../evaluation/measure-set';
import { isRecord, withFragebogen } from './legacy-names';

/**
 * The report read model's items with the names of legacy-names.ts (same rules), apart from it so
 * that handlers that read no reports do not build these schemas at import.
 */

/** A measure set names its questionnaire in its source (self-assessments only). */
const upgradeMeasureSet = (item: unknown): unknown =>
  isRecord(item) && isRecord(item.source) ? { ...item, source: withFragebogen(item.source) } : item;

export const StoredMeasureSet = z.preprocess(upgradeMeasureSet, MeasureSet);
export const StoredAssessmentResult = z.preprocess(withFragebogen, AssessmentResult);
export const StoredAssessmentTexts = z.preprocess(withFragebogen, AssessmentTexts);
