import { readerScope, type Scope } from '../../auth/reader-scope';
import { QUESTIONNAIRES } from '../../self-assessment/questionnaire/versions';
import { httpHandler } from '../../shared/http/http-handler';
import { parseQuery } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { evaluationStore as store } from '../../wiring/evaluation';
import { MeasureQuery } from '../measure-table';
import { scopedReads } from '../scoped-reads';
import { makeQueryMeasures } from '../use-cases/query-measures';

const latestQuestionnaire = Math.max(...Object.values(QUESTIONNAIRES).map((q) => q.year));
const queryMeasures = (scope: Scope) =>
  makeQueryMeasures({
    store: scopedReads(store, scope),
    latestYear: () => Math.max(latestQuestionnaire, clock.now().getUTCFullYear()),
  });

export const handler = httpHandler('queryMeasures').handler(async (event, context) =>
  json(200, await queryMeasures(readerScope(context))(parseQuery(event, MeasureQuery))),
);
