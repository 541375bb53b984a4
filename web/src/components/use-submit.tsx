import { useCallback, useRef, useState } from 'react';
import { type ApiError, toApiError } from '../api/client';
import { ErrorSummary } from './error-summary';

/**
 * The state every form page keeps around a submit: `busy` while the request runs (a second
 * submit meanwhile is ignored), the `problem` of the last failure (the API's German message) and
 * the `attempt` counter that lets the error summary take focus again on every submit.
 *
 * `start()` counts an attempt and clears the last problem (false while busy: ignore the submit);
 * then the page checks its fields and calls `run(action, onError)`. `onError` handles what the
 * page shows itself (field errors, an ended link) and returns true; anything else becomes
 * `problem`. `run` resolves to whether the action succeeded.
 */
export const useSubmit = () => {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const running = useRef(false);

  const start = useCallback((): boolean => {
    if (running.current) return false;
    setAttempt((n) => n + 1);
    setProblem(undefined);
    return true;
  }, []);

  const run = useCallback(
    async (action: () => Promise<unknown>, onError?: (error: ApiError) => boolean): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setProblem(undefined);
      try {
        await action();
        return true;
      } catch (e) {
        const error = toApiError(e);
        if (!onError?.(error)) setProblem(error);
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [],
  );

  return { busy, problem, attempt, start, run };
};

export type Submit = ReturnType<typeof useSubmit>;

/** The last failure of a submit as an error summary (focused on every attempt), or nothing. */
export function SubmitProblem({ submit }: { submit: Submit }) {
  return submit.problem ? (
    <ErrorSummary errors={[]} description={submit.problem.message} attempt={submit.attempt} />
  ) : null;
}
