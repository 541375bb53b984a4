import { lazy, type ReactNode, Suspense, useEffect } from 'react';
import { Loading } from '../components/status';

/**
 * The two chart pages of "Auswertung", loaded on demand: recharts comes in their own chunk, so
 * the Jobcenter form and the other staff pages never download it.
 */
const LazyDashboardPage = lazy(async () => ({
  default: (await import('../pages/evaluation/dashboard-page')).DashboardPage,
}));
const LazyTrendsPage = lazy(async () => ({
  default: (await import('../pages/evaluation/trends-page')).TrendsPage,
}));

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

function OnDemand({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Loading>Die Seite wird geladen …</Loading>}>
      {children}
      <FocusHeadingWhenLoaded />
    </Suspense>
  );
}

export function DashboardPage() {
  return (
    <OnDemand>
      <LazyDashboardPage />
    </OnDemand>
  );
}

export function TrendsPage() {
  return (
    <OnDemand>
      <LazyTrendsPage />
    </OnDemand>
  );
}
