import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { onFirstUse } from '../../shared/on-first-use';
import { clock, config, mailTemplates, store } from '../../wiring/mail';
import { queue } from '../../wiring/queue';
import { SubmitBody } from '../api-schemas';
import { formOf, sessionHandler } from '../session-handler';
import { makeSubmit } from '../use-cases/submit';

const deps = {
  store,
  queue,
  templates: mailTemplates,
  clock,
  appBaseUrl: config.APP_BASE_URL,
  mailFrom: config.MAIL_FROM,
};
/** Each kind's use case (and its form's schemas) is loaded with the first submission of that kind. */
const submit = makeSubmit({
  store,
  byKind: {
    beitritt: onFirstUse(async () =>
      (await import('../use-cases/submit-accession')).makeSubmitAccession(deps),
    ),
    selbstbewertung: onFirstUse(async () =>
      (await import('../../self-assessment/use-cases/submit-self-assessment')).makeSubmitSelfAssessment(deps),
    ),
  },
});

export const handler = sessionHandler('submitForm').handler(async (event, context) => {
  const { draftVersion } = parseJsonBody(event, SubmitBody);
  return json(201, await submit(formOf(context).session, draftVersion));
});
