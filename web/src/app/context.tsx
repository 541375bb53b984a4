import { createContext, type ReactNode, useContext } from 'react';
import type { Principal } from '../../../functions/auth/principal';
import { type Resource, useResource } from '../api/use-resource';
import type { AppConfig } from './config';
import { useSession } from './session';

const ConfigContext = createContext<AppConfig | undefined>(undefined);

export function ConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

export const useConfig = (): AppConfig => {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig outside ConfigProvider');
  return config;
};

type PrincipalState = (Resource<Principal> & { reload: () => void }) | { state: 'signedOut' };
const PrincipalContext = createContext<PrincipalState>({ state: 'signedOut' });

/**
 * Loads `/api/me` once per session: the header shows who is signed in, pages check roles. The API
 * client loads on demand, so a Jobcenter's form (never signed in here) does not download it.
 */
export function PrincipalProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const token = session?.token ?? '';
  const me = useResource(token, (signal) =>
    token
      ? import('../api/endpoints').then(({ api }) => api.me(signal))
      : Promise.reject(new Error('signed out')),
  );
  const value: PrincipalState = token ? me : { state: 'signedOut' };
  return <PrincipalContext.Provider value={value}>{children}</PrincipalContext.Provider>;
}

export const usePrincipal = (): PrincipalState => useContext(PrincipalContext);

export const isAdmin = (state: PrincipalState): boolean =>
  state.state === 'ready' && state.data.roles.includes('admin');

/** A co-signatory (Regionaldirektion, LVR, LWL): reads the evaluation only, no MAGS staff pages. */
export const isPartnerOnly = (state: PrincipalState): boolean =>
  state.state === 'ready' && !state.data.roles.some((r) => r === 'admin' || r === 'viewer');
