import { type ReactNode, useEffect, useRef } from 'react';
import { Layout } from '../components/layout';
import { NotFoundPage } from '../pages/not-found-page';
import { StartPage } from '../pages/start-page';
import type { AppConfig } from './config';
import { ConfigProvider, isPartnerOnly, PrincipalProvider, usePrincipal } from './context';
import { FormRoute } from './form-route';
import { OnDemand } from './lazy-page';
import { Redirect, useLocation } from './router';
import { matchRoute, needsSignIn, PATHS, type Route } from './routes';
import { rememberReturnPath, useSession } from './session';
import {
  AccededPage,
  AccessibilityPage,
  AccessionImportPage,
  AuditPage,
  CampaignListPage,
  CampaignNewPage,
  CampaignPage,
  CampaignResponsePage,
  ConsentChangePage,
  ConsentRequestPage,
  DashboardPage,
  JobcenterDetailPage,
  JobcenterListPage,
  JobcenterProfilePage,
  LoginCallbackPage,
  LoginPage,
  MeasuresPage,
  MeasuresPrintPage,
  PaperAccessionPage,
  PrivacyPage,
  PrivacyRequestPage,
  PrivacyRequestsPage,
  RecordsPage,
  RecordsRequestPage,
  RegisterPage,
  RegistryPage,
  TextAnswersPage,
  TrendsPage,
} from './staff-pages';

/** Where sign-in lands: the Jobcenter list for MAGS, the evaluation for the co-signatories. */
function StaffLanding() {
  return isPartnerOnly(usePrincipal()) ? <Redirect to={PATHS.evaluationDashboard} /> : <JobcenterListPage />;
}

const page = (route: Route): ReactNode => {
  switch (route.name) {
    case 'start':
      return <StartPage />;
    case 'login':
      return <LoginPage />;
    case 'loginCallback':
      return <LoginCallbackPage />;
    case 'staffHome':
      return <Redirect to={PATHS.jobcenterList} />;
    case 'jobcenterList':
      return <StaffLanding />;
    case 'jobcenterDetail':
      return <JobcenterDetailPage id={route.id} />;
    case 'registry':
      return <RegistryPage />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'consent':
      return <ConsentRequestPage />;
    case 'consentChange':
      return <ConsentChangePage />;
    case 'audit':
      return <AuditPage />;
    case 'privacyRequests':
      return <PrivacyRequestsPage />;
    case 'privacyRequest':
      return <PrivacyRequestPage key={route.id} id={route.id} />;
    case 'campaignList':
      return <CampaignListPage />;
    case 'campaignNew':
      return <CampaignNewPage />;
    case 'campaign':
      return <CampaignPage key={route.id} id={route.id} />;
    case 'campaignResponse':
      return (
        <CampaignResponsePage
          key={`${route.id}/${route.jobcenterId}`}
          id={route.id}
          jobcenterId={route.jobcenterId}
        />
      );
    case 'acceded':
      return <AccededPage />;
    case 'recordsRequest':
      return <RecordsRequestPage />;
    case 'records':
      return <RecordsPage />;
    case 'evaluationDashboard':
      return <DashboardPage />;
    case 'evaluationTrends':
      return <TrendsPage />;
    case 'evaluationTexts':
      return <TextAnswersPage />;
    case 'evaluationJobcenter':
      return <JobcenterProfilePage key={route.id} id={route.id} />;
    case 'evaluationRegister':
      return <RegisterPage />;
    case 'evaluationPaperAccession':
      return <PaperAccessionPage />;
    case 'evaluationImport':
      return <AccessionImportPage />;
    case 'evaluationMeasures':
      return <MeasuresPage />;
    case 'evaluationMeasuresPrint':
      return <MeasuresPrintPage />;
    case 'form':
      return <FormRoute page={route.page} />;
    case 'notFound':
      return <NotFoundPage />;
  }
};

/** After a client-side navigation, focus goes to the new page's h1 (or to main if there is none). */
const useFocusOnNavigation = (pathname: string) => {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target =
      document.querySelector<HTMLElement>('main .error-summary') ??
      document.querySelector<HTMLElement>('main h1') ??
      document.querySelector<HTMLElement>('main');
    target?.focus();
  }, [pathname]);
};

function Routes() {
  const { pathname, search } = useLocation();
  const session = useSession();
  const route = matchRoute(pathname);
  useFocusOnNavigation(pathname);

  if (needsSignIn(route) && !session) return <SignInFirst returnTo={`${pathname}${search}`} />;
  return <OnDemand key={route.name}>{page(route)}</OnDemand>;
}

/** Signed-out visitors of the staff area go to the login page and come back afterwards. */
function SignInFirst({ returnTo }: { returnTo: string }) {
  useEffect(() => rememberReturnPath(returnTo), [returnTo]);
  return <Redirect to={PATHS.login} />;
}

export function App({ config }: { config: AppConfig }) {
  return (
    <ConfigProvider config={config}>
      <PrincipalProvider>
        <Layout>
          <Routes />
        </Layout>
      </PrincipalProvider>
    </ConfigProvider>
  );
}
