import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock } from '../../wiring/core';
import { formStore as store } from '../../wiring/forms';
import { SaveDraftBody } from '../api-schemas';
import { formOf, sessionHandler } from '../session-handler';
import { makeSaveDraft } from '../use-cases/save-draft';

const saveDraft = makeSaveDraft({ store, clock });

export const handler = sessionHandler('saveDraft', { history: true }).handler(async (event, context) => {
  const { version, answers } = parseJsonBody(event, SaveDraftBody);
  return json(200, await saveDraft(formOf(context), answers, version));
});
