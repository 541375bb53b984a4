import { useCallback, useEffect, useState } from 'react';
import type { CampaignViewQuery } from '../../../../functions/campaigns/api-schemas';
import { toApiError } from '../../api/client';
import { campaignApi } from '../../api/endpoints';
import type { CampaignOverview } from '../../api/schemas';
import type { Resource } from '../../api/use-resource';

/** While invitations wait in the queue, the page asks again every 5 s (live delivery status). */
export const POLL_MS = 5000;

/** From the summary, not the page: the page may show only some Jobcenters. */
const isSending = (data: CampaignOverview) => (data.summary.counts.queued ?? 0) > 0;

/** The campaign overview for one filter and page, polled while anything is still queued. */
export const useCampaignOverview = (id: string, query: CampaignViewQuery) => {
  const [state, setState] = useState<Resource<CampaignOverview>>({ state: 'loading' });
  const { status, landschaftsverband, name, cursor } = query;
  const key = JSON.stringify([status, landschaftsverband, name, cursor]);
  // Which filter and page the data shown belongs to: until the new one arrives, the old stays.
  const [loadedKey, setLoadedKey] = useState(key);
  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const data = await campaignApi.overview(id, { status, landschaftsverband, name, cursor }, signal);
        if (!signal?.aborted) {
          setState({ state: 'ready', data });
          setLoadedKey(JSON.stringify([status, landschaftsverband, name, cursor]));
        }
      } catch (e) {
        if (signal?.aborted) return;
        // A failed poll keeps what is shown; only the first load shows the problem.
        setState((s) => (s.state === 'ready' ? s : { state: 'failed', error: toApiError(e) }));
      }
    },
    [id, status, landschaftsverband, name, cursor],
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
  return { ...state, refresh: () => load(), sending, current: loadedKey === key };
};
