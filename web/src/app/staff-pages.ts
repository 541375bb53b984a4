import { lazy } from 'react';

/**
 * Every page of the staff area and the public pages besides the start page, each loaded on demand
 * (Vite makes one chunk per dynamic import). The Jobcenter's form is in the main chunk: a personal
 * link opens it without a second round trip. Recharts comes only with the two chart pages.
 * `OnDemand` (app/lazy-page.tsx) shows a loading line while a page's chunk arrives.
 */
export const LoginPage = lazy(async () => ({ default: (await import('../pages/login-page')).LoginPage }));
export const LoginCallbackPage = lazy(async () => ({
  default: (await import('../pages/login-callback-page')).LoginCallbackPage,
}));
export const JobcenterListPage = lazy(async () => ({
  default: (await import('../pages/jobcenter-list-page')).JobcenterListPage,
}));
export const JobcenterDetailPage = lazy(async () => ({
  default: (await import('../pages/jobcenter-detail-page')).JobcenterDetailPage,
}));
export const RegistryPage = lazy(async () => ({
  default: (await import('../pages/registry-page')).RegistryPage,
}));
export const AccessibilityPage = lazy(async () => ({
  default: (await import('../pages/accessibility-page')).AccessibilityPage,
}));
export const PrivacyPage = lazy(async () => ({
  default: (await import('../pages/privacy-page')).PrivacyPage,
}));
export const ConsentRequestPage = lazy(async () => ({
  default: (await import('../pages/consent-request-page')).ConsentRequestPage,
}));
export const ConsentChangePage = lazy(async () => ({
  default: (await import('../pages/consent-change-page')).ConsentChangePage,
}));
export const AuditPage = lazy(async () => ({ default: (await import('../pages/audit-page')).AuditPage }));
export const PrivacyRequestsPage = lazy(async () => ({
  default: (await import('../pages/privacy-requests-page')).PrivacyRequestsPage,
}));
export const PrivacyRequestPage = lazy(async () => ({
  default: (await import('../pages/privacy-request-page')).PrivacyRequestPage,
}));
export const CampaignListPage = lazy(async () => ({
  default: (await import('../pages/campaign-list-page')).CampaignListPage,
}));
export const CampaignNewPage = lazy(async () => ({
  default: (await import('../pages/campaign-new-page')).CampaignNewPage,
}));
export const CampaignPage = lazy(async () => ({
  default: (await import('../pages/campaign/campaign-page')).CampaignPage,
}));
export const CampaignResponsePage = lazy(async () => ({
  default: (await import('../pages/campaign-response-page')).CampaignResponsePage,
}));
export const AccededPage = lazy(async () => ({
  default: (await import('../pages/acceded-page')).AccededPage,
}));
export const DashboardPage = lazy(async () => ({
  default: (await import('../pages/evaluation/dashboard-page')).DashboardPage,
}));
export const TrendsPage = lazy(async () => ({
  default: (await import('../pages/evaluation/trends-page')).TrendsPage,
}));
export const TextAnswersPage = lazy(async () => ({
  default: (await import('../pages/evaluation/text-answers-page')).TextAnswersPage,
}));
export const JobcenterProfilePage = lazy(async () => ({
  default: (await import('../pages/evaluation/jobcenter-profile-page')).JobcenterProfilePage,
}));
export const RegisterPage = lazy(async () => ({
  default: (await import('../pages/evaluation/register-page')).RegisterPage,
}));
export const PaperAccessionPage = lazy(async () => ({
  default: (await import('../pages/evaluation/paper-accession-page')).PaperAccessionPage,
}));
export const AccessionImportPage = lazy(async () => ({
  default: (await import('../pages/evaluation/accession-import-page')).AccessionImportPage,
}));
export const MeasuresPage = lazy(async () => ({
  default: (await import('../pages/evaluation/measures-page')).MeasuresPage,
}));
export const MeasuresPrintPage = lazy(async () => ({
  default: (await import('../pages/evaluation/measures-print-page')).MeasuresPrintPage,
}));
export const RecordsRequestPage = lazy(async () => ({
  default: (await import('../pages/records-request-page')).RecordsRequestPage,
}));
export const RecordsPage = lazy(async () => ({
  default: (await import('../pages/records-page')).RecordsPage,
}));
