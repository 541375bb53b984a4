import { useCallback, useEffect, useState } from 'react';
import { toApiError } from '../../api/client';
import { campaignApi } from '../../api/endpoints';
import type { CampaignOverview } from '../../api/schemas';
import type { Resource } from '../../api/use-resource';

/** While invitations wait in the queue, the page asks again every 5 s (live delivery status). */
export const POLL_MS = 5000;

const isSending = (data: CampaignOverview) => data.invitations.some((i) => i.status === 'queued');

/** The campaign overview, polled while anything is still queued. */
export const useCampaignOverview = (id: string) => {
  const [state, setState] = useState<Resource<CampaignOverview>>({ state: 'loading' });
  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const data = await campaignApi.overview(id, signal);
        if (!signal?.aborted) setState({ state: 'ready', data });
      } catch (e) {
        if (signal?.aborted) return;
        // A failed poll keeps what is shown; only the first load shows the problem.
        setState((s) => (s.state === 'ready' ? s : { state: 'failed', error: toApiError(e) }));
      }
    },
    [id],
  );
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);
  const sending = state.state === 'ready' && isSending(state.data);
  useEffect(() => {
    if (!sending) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [sending, load]);
  return { ...state, refresh: () => load(), sending };
};
