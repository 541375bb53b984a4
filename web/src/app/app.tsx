import { type ReactNode, useEffect, useRef } from 'react';
import { Layout } from '../components/layout';
import { AccededPage } from '../pages/acceded-page';
import { AccessibilityPage } from '../pages/accessibility-page';
import { CampaignListPage } from '../pages/campaign-list-page';
import { CampaignNewPage } from '../pages/campaign-new-page';
import { CampaignPage } from '../pages/campaign-page';
import { CampaignResponsePage } from '../pages/campaign-response-page';
import { AccessionImportPage } from '../pages/evaluation/accession-import-page';
import { JobcenterProfilePage } from '../pages/evaluation/jobcenter-profile-page';
import { MeasuresPage } from '../pages/evaluation/measures-page';
import { MeasuresPrintPage } from '../pages/evaluation/measures-print-page';
import { PaperAccessionPage } from '../pages/evaluation/paper-accession-page';
import { RegisterPage } from '../pages/evaluation/register-page';
import { TextAnswersPage } from '../pages/evaluation/text-answers-page';
import { FormArea } from '../pages/form-page';
import { JobcenterDetailPage } from '../pages/jobcenter-detail-page';
import { JobcenterListPage } from '../pages/jobcenter-list-page';
import { LoginCallbackPage } from '../pages/login-callback-page';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RegistryPage } from '../pages/registry-page';
import { StartPage } from '../pages/start-page';
import type { AppConfig } from './config';
import { ConfigProvider, PrincipalProvider } from './context';
import { DashboardPage, TrendsPage } from './lazy-evaluation-pages';
import { Redirect, useLocation } from './router';
import { matchRoute, needsSignIn, PATHS, type Route } from './routes';
import { rememberReturnPath, useSession } from './session';

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
      return <JobcenterListPage />;
    case 'jobcenterDetail':
      return <JobcenterDetailPage id={route.id} />;
    case 'registry':
      return <RegistryPage />;
    case 'accessibility':
      return <AccessibilityPage />;
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
      return <FormArea page={route.page} />;
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
  return page(route);
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
