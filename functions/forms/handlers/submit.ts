import { makeSubmitSelfAssessment } from '../../self-assessment/use-cases/submit-self-assessment';
import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, config, mailTemplates, store } from '../../wiring/mail';
import { queue } from '../../wiring/queue';
import { SubmitBody } from '../api-schemas';
import { formOf, sessionHandler } from '../session-handler';
import { makeSubmit } from '../use-cases/submit';
import { makeSubmitAccession } from '../use-cases/submit-accession';

const deps = {
  store,
  queue,
  templates: mailTemplates,
  clock,
  appBaseUrl: config.APP_BASE_URL,
  mailFrom: config.MAIL_FROM,
};
const submit = makeSubmit({
  store,
  byKind: { beitritt: makeSubmitAccession(deps), selbstbewertung: makeSubmitSelfAssessment(deps) },
});

export const handler = sessionHandler('submitForm').handler(async (event, context) => {
  const { draftVersion } = parseJsonBody(event, SubmitBody);
  return json(201, await submit(formOf(context).session, draftVersion));
});
