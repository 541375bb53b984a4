import { QUESTIONNAIRES } from '../../self-assessment/questionnaire/versions';
import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, store } from '../../wiring/core';
import { MeasureQuery } from '../measure-table';
import { makeQueryMeasures } from '../use-cases/query-measures';

const latestQuestionnaire = Math.max(...Object.values(QUESTIONNAIRES).map((q) => q.year));
const queryMeasures = makeQueryMeasures({
  store,
  latestYear: () => Math.max(latestQuestionnaire, clock.now().getUTCFullYear()),
});

export const handler = httpHandler('queryMeasures').handler(async (event) =>
  json(200, await queryMeasures(parseQuery(event, MeasureQuery))),
);
