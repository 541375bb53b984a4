import { type ReactNode, Suspense, useEffect } from 'react';
import { Loading } from '../components/status';

/**
 * After a client-side navigation the app focuses the new page's h1; a page that was still
 * loading had none yet, so focus went to main. Move it on to the h1 once the page is there.
 */
function FocusHeadingWhenLoaded() {
  useEffect(() => {
    if (document.activeElement?.tagName === 'MAIN') document.querySelector<HTMLElement>('main h1')?.focus();
  }, []);
  return null;
}

/** Around every page: a page loaded on demand (app/staff-pages.ts) shows a loading line meanwhile. */
export function OnDemand({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading>Die Seite wird geladen …</Loading>}>
      {children}
      <FocusHeadingWhenLoaded />
    </Suspense>
  );
}
