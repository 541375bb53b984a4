import { toApiError } from '../../api/client';
import { formApi } from '../../api/endpoints';
import { isSessionEnded } from '../form-session';
import { readyFrom } from './kinds';
import { bearer, clearSaveTimer, endSession, ready, setState } from './state';

/** Loads the form of this session's Jobcenter (after the link exchange or a reload). */
export const loadForm = async (): Promise<void> => {
  const token = bearer();
  if (!token) return;
  const previous = ready();
  if (!previous) setState({ status: 'loading' });
  try {
    setState(readyFrom(await formApi.get(token), previous));
  } catch (e) {
    if (isSessionEnded(e)) endSession();
    else setState({ status: 'failed', error: toApiError(e) });
  }
};

export const resetForm = (): void => {
  clearSaveTimer();
  setState({ status: 'none' });
};
