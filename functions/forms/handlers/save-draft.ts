import { parseJsonBody } from '../../shared/http/request';
import { json } from '../../shared/http/responses';
import { clock, store } from '../../wiring';
import { SaveDraftBody } from '../api-schemas';
import { sessionHandler, sessionOf } from '../session-handler';
import { makeSaveDraft } from '../use-cases/save-draft';

const saveDraft = makeSaveDraft({ store, clock });

export const handler = sessionHandler('saveDraft').handler(async (event, context) => {
  const { version, answers } = parseJsonBody(event, SaveDraftBody);
  return json(200, await saveDraft(sessionOf(context), answers, version));
});
