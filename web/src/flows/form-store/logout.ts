import { formApi } from '../../api/endpoints';
import { readFormSession } from '../form-session';
import { saveNow } from './autosave';
import { endSession, getState, ready, setState } from './state';

/**
 * "Abmelden": saves what is not yet saved, ends the session on the server and in this tab. The
 * page then says so; the personal link from the e-mail opens a new session.
 */
export const logout = async (): Promise<void> => {
  const form = ready();
  if (form?.context.editable && form.save.state !== 'saved' && form.save.state !== 'idle')
    await saveNow().catch(() => false);
  const session = readFormSession();
  // Whatever the server answers (e.g. the session had already expired), this tab is logged out.
  if (session) await formApi.logout(session.token).catch(() => undefined);
  endSession();
  const ended = getState();
  if (ended.status === 'ended') setState({ ...ended, loggedOut: true });
};
