import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

/**
 * A very small client-side router on top of the History API. Pages read the location with
 * `useLocation`, links use `Link`, flows call `navigate`.
 */
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};

/**
 * Where a render outside the browser (the build's prerender, web/prerender/) takes place. In the
 * browser the address bar decides; `renderAt` is for that build step only.
 */
let serverUrl = new URL('http://localhost/');
export const renderAt = (href: string): void => {
  serverUrl = new URL(href, 'http://localhost');
};
const current = (): { pathname: string; search: string; hash: string } =>
  typeof window === 'undefined' ? serverUrl : window.location;

const snapshot = () => `${current().pathname}${current().search}`;

/** The URL fragment (a personal link's token), also during the build's prerender. */
export const locationHash = (): string => current().hash;

export const navigate = (to: string, options: { replace?: boolean; scroll?: boolean } = {}): void => {
  if (to === snapshot() && !options.replace) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  if (options.scroll !== false) window.scrollTo(0, 0);
  for (const listener of listeners) listener();
};

export type AppLocation = { pathname: string; search: string; query: URLSearchParams };

export const useLocation = (): AppLocation => {
  // Hydrating a prerendered page: the server snapshot is the address it was rendered for.
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
  const url = new URL(href, 'http://localhost');
  return { pathname: url.pathname, search: url.search, query: url.searchParams };
};

const isPlainLeftClick = (e: MouseEvent) =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  return (
    <a
      {...rest}
      href={to}
      onClick={(e) => {
        onClick?.(e);
        if (!isPlainLeftClick(e)) return;
        e.preventDefault();
        navigate(to);
      }}
    />
  );
}

/** Replaces the current entry, e.g. to send a signed-out visitor to the login page. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => {
    navigate(to, { replace: true });
  }, [to]);
  return null;
}
