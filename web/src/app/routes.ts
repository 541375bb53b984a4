/** The pages of the app and which of them need a signed-in person. */
export type Route =
  | { name: 'start' }
  | { name: 'login' }
  | { name: 'loginCallback' }
  | { name: 'staffHome' }
  | { name: 'jobcenterList' }
  | { name: 'jobcenterDetail'; id: string }
  | { name: 'registry' }
  | { name: 'accessibility' }
  | { name: 'notFound' };

export const PATHS = {
  start: '/',
  login: '/anmelden',
  loginCallback: '/anmelden/callback',
  jobcenterList: '/verwaltung/jobcenter',
  jobcenterDetail: (id: string) => `/verwaltung/jobcenter/${encodeURIComponent(id)}`,
  registry: '/verwaltung/verzeichnis',
  accessibility: '/barrierefreiheit',
} as const;

export const matchRoute = (pathname: string): Route => {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { name: 'start' };
    case PATHS.login:
      return { name: 'login' };
    case PATHS.loginCallback:
      return { name: 'loginCallback' };
    case '/verwaltung':
      return { name: 'staffHome' };
    case PATHS.jobcenterList:
      return { name: 'jobcenterList' };
    case PATHS.registry:
      return { name: 'registry' };
    case PATHS.accessibility:
      return { name: 'accessibility' };
  }
  const detail = /^\/verwaltung\/jobcenter\/([a-z0-9-]{2,60})$/.exec(path);
  if (detail?.[1]) return { name: 'jobcenterDetail', id: detail[1] };
  return { name: 'notFound' };
};

export const needsSignIn = (route: Route): boolean =>
  route.name === 'staffHome' ||
  route.name === 'jobcenterList' ||
  route.name === 'jobcenterDetail' ||
  route.name === 'registry';

/** Only paths inside the staff area are accepted as a place to return to after login. */
export const safeReturnPath = (value: string | null | undefined): string | undefined =>
  value && /^\/verwaltung(?:\/[\w\-/]*)?(?:\?[\w\-=&%.]*)?$/.test(value) && !value.startsWith('//')
    ? value
    : undefined;
