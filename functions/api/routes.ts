import * as z from 'zod';
import { Accession } from '../accessions/accession';
import { AccessionImportResult } from '../accessions/accession-csv';
import { PaperAccessionBody } from '../accessions/paper-accession';
import { AuditPage, AuditQuery } from '../audit/api-schemas';
import { Principal } from '../auth/principal';
import {
  AddJobcenterBody,
  CampaignPath,
  CampaignViewQuery,
  InvitationPath,
  ReturnBody,
  UpdateCampaignBody,
} from '../campaigns/api-schemas';
import { Campaign, CampaignInput } from '../campaigns/campaign';
import {
  ConsentChangeBody,
  ConsentLinkRequestBody,
  ConsentRequestAnswer,
  ConsentState,
  ConsentTokenBody,
  LetterWithdrawalBody,
} from '../consent/consent';
import { CorrectContactsBody } from '../delivery/api-schemas';
import {
  DashboardQuery,
  ExportQuery,
  MeasureExportQuery,
  TextsExportQuery,
  TextsQuery,
  XLSX_TYPE,
} from '../evaluation/api-schemas';
import { Dashboard, Trends } from '../evaluation/dashboard';
import { Feedback, FeedbackBody } from '../evaluation/feedback';
import { MeasureQuery, MeasureTablePage } from '../evaluation/measure-table';
import { Register } from '../evaluation/register';
import { TextAnswers } from '../evaluation/text-answers';
import { JobcenterProfile } from '../evaluation/use-cases/get-jobcenter-profile';
import { HandoverBody, OpenSessionBody, SaveDraftBody, SubmitBody } from '../forms/api-schemas';
import { HealthReport, Liveness } from '../health/get-health';
import {
  PrivacyRequest,
  PrivacyRequestBody,
  PrivacyRequestList,
  PrivacyRequestPath,
} from '../privacy/privacy-request';
import { DocumentPath, RecordsList, RevokedRecordsLinks } from '../records/records-link';
import { RecordsRequestBody } from '../records/records-request';
import { ImportQuery, JobcenterList } from '../registry/api-schemas';
import { Jobcenter, JobcenterFilter, JobcenterId } from '../registry/jobcenter';
import { RegistryImportResult } from '../registry/registry-csv';
import { PauseBody } from '../reminders/api-schemas';
import { ErrorBody } from './error-body';
import { type Access, ROUTE_ACCESS } from './route-access';

/**
 * Every HTTP route, once: the CDK stateless stack makes one Lambda and one API Gateway route
 * from each entry, the local server mounts the same handler files, and docs/openapi.json is
 * generated from the schemas named here.
 */
export type RouteDef = {
  id: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway syntax: `/api/jobcenters/{id}`. */
  path: string;
  /** `public`: no auth; `session`: the Jobcenter's form session (checked in the handler); a role: JWT. */
  access: Access;
  /** Why a public or session route has no JWT authorizer (required for those; infra checks it). */
  publicReason?: string;
  /** Handler file relative to the repository root; it exports `handler`. */
  entry: string;
  summary: string;
  /** Least privilege: what the function may do with the table and SES. */
  grants: {
    table: 'none' | 'read' | 'readWrite';
    sendMail: boolean;
    describeTable?: boolean;
    /** ses:GetSendQuota for the mailer health probe. */
    sendQuota?: boolean;
    /** sqs:SendMessage on the send queue. */
    enqueue?: boolean;
    /** secretsmanager:GetSecretValue on the link-sealing key (LINK_KEY_SECRET_ARN). */
    linkKey?: boolean;
  };
  request?: {
    query?: z.ZodObject;
    path?: z.ZodObject;
    body?: { contentType: string; schema: z.ZodType };
  };
  responses: Record<number, { description: string; contentType?: string; schema?: z.ZodType }>;
};

const jsonError = (description: string) => ({ description, schema: ErrorBody });

export const ROUTES = [
  {
    id: 'health',
    method: 'GET',
    path: '/health',
    access: ROUTE_ACCESS.health,
    entry: 'functions/health/handler.ts',
    summary: 'Lebenszeichen der API (ohne Angaben zu Komponenten)',
    grants: { table: 'none', sendMail: false },
    responses: { 200: { description: 'Die API antwortet', schema: Liveness } },
  },
  {
    id: 'healthDetail',
    method: 'GET',
    path: '/api/health',
    access: ROUTE_ACCESS.healthDetail,
    entry: 'functions/health/detail-handler.ts',
    summary: 'Zustand von Tabelle, Mailer (mit SES-Kontingent) und Zeitplan',
    grants: { table: 'read', sendMail: false, describeTable: true, sendQuota: true },
    responses: {
      401: jsonError('Nicht angemeldet'),
      200: { description: 'Alle Komponenten erreichbar', schema: HealthReport },
      503: { description: 'Eine Komponente ist nicht erreichbar', schema: HealthReport },
    },
  },
  {
    id: 'me',
    method: 'GET',
    path: '/api/me',
    access: ROUTE_ACCESS.me,
    entry: 'functions/auth/handlers/me.ts',
    summary: 'Angemeldete Person und ihre Rollen',
    grants: { table: 'none', sendMail: false },
    responses: { 200: { description: 'Angemeldet', schema: Principal }, 401: jsonError('Nicht angemeldet') },
  },
  {
    id: 'listJobcenters',
    method: 'GET',
    path: '/api/jobcenters',
    access: ROUTE_ACCESS.listJobcenters,
    entry: 'functions/registry/handlers/list-jobcenters.ts',
    summary: 'Jobcenter-Verzeichnis, optional gefiltert',
    grants: { table: 'read', sendMail: false },
    request: { query: JobcenterFilter },
    responses: {
      200: { description: 'Die Jobcenter, nach Namen sortiert', schema: JobcenterList },
      400: jsonError('Ungültiger Filter'),
      401: jsonError('Nicht angemeldet'),
    },
  },
  {
    id: 'getJobcenter',
    method: 'GET',
    path: '/api/jobcenters/{id}',
    access: ROUTE_ACCESS.getJobcenter,
    entry: 'functions/registry/handlers/get-jobcenter.ts',
    summary: 'Ein Jobcenter',
    grants: { table: 'read', sendMail: false },
    request: { path: z.object({ id: JobcenterId }) },
    responses: {
      200: { description: 'Das Jobcenter', schema: Jobcenter },
      404: jsonError('Unbekanntes Jobcenter'),
    },
  },
  {
    id: 'correctContacts',
    method: 'PUT',
    path: '/api/jobcenters/{id}/contacts',
    access: ROUTE_ACCESS.correctContacts,
    entry: 'functions/delivery/handlers/correct-contacts.ts',
    summary:
      'Kontakte korrigieren; nach Unzustellbarkeit oder mit einer neuen Adresse gilt der alte Link nicht mehr und ein neuer geht an die korrigierten Adressen',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: {
      path: z.object({ id: JobcenterId }),
      body: { contentType: 'application/json', schema: CorrectContactsBody },
    },
    responses: {
      200: { description: 'Gespeichert; Kampagnen, an die erneut gesendet wurde' },
      409: jsonError('Zwischenzeitlich geändert'),
    },
  },
  {
    id: 'exportRegistry',
    method: 'GET',
    path: '/api/registry/export',
    access: ROUTE_ACCESS.exportRegistry,
    entry: 'functions/registry/handlers/export-registry.ts',
    summary: 'Verzeichnis als CSV (UTF-8, Semikolon)',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'CSV-Datei', contentType: 'text/csv', schema: z.string() } },
  },
  {
    id: 'listAudit',
    method: 'GET',
    path: '/api/audit',
    access: ROUTE_ACCESS.listAudit,
    entry: 'functions/audit/handlers/list-audit.ts',
    summary:
      'Protokoll aller Verwaltungsvorgänge, neueste zuerst, filterbar nach Zeitraum, Akteur, Aktion und Gegenstand',
    grants: { table: 'read', sendMail: false },
    request: { query: AuditQuery },
    responses: {
      200: { description: 'Eine Seite des Protokolls', schema: AuditPage },
      400: jsonError('Ungültiger Filter, mit Parameter'),
    },
  },
  {
    id: 'exportAudit',
    method: 'GET',
    path: '/api/audit/export',
    access: ROUTE_ACCESS.exportAudit,
    entry: 'functions/audit/handlers/export-audit.ts',
    summary: 'Protokoll mit denselben Filtern als CSV (UTF-8, Semikolon)',
    grants: { table: 'read', sendMail: false },
    request: { query: AuditQuery },
    responses: {
      200: { description: 'CSV-Datei', contentType: 'text/csv', schema: z.string() },
      400: jsonError('Ungültiger Filter, mit Parameter'),
      413: jsonError('Zu viele Einträge: Zeitraum eingrenzen'),
    },
  },
  {
    id: 'createPrivacyRequest',
    method: 'POST',
    path: '/api/privacy-requests',
    access: ROUTE_ACCESS.createPrivacyRequest,
    entry: 'functions/privacy/handlers/create-privacy-request.ts',
    summary:
      'Auskunfts- oder Löschanfrage zu einer E-Mail-Adresse erfassen; die Fundstellen ermittelt ein Hintergrundauftrag',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: PrivacyRequestBody } },
    responses: {
      202: { description: 'Erfasst, Suche läuft', schema: PrivacyRequest },
      400: jsonError('Ungültige Angaben, mit Feld'),
    },
  },
  {
    id: 'listPrivacyRequests',
    method: 'GET',
    path: '/api/privacy-requests',
    access: ROUTE_ACCESS.listPrivacyRequests,
    entry: 'functions/privacy/handlers/list-privacy-requests.ts',
    summary: 'Alle Auskunfts- und Löschanfragen, neueste zuerst',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'Anfragen', schema: PrivacyRequestList } },
  },
  {
    id: 'getPrivacyRequest',
    method: 'GET',
    path: '/api/privacy-requests/{requestId}',
    access: ROUTE_ACCESS.getPrivacyRequest,
    entry: 'functions/privacy/handlers/get-privacy-request.ts',
    summary: 'Eine Anfrage mit Stand und Fundstellen',
    grants: { table: 'read', sendMail: false },
    request: { path: PrivacyRequestPath },
    responses: {
      200: { description: 'Anfrage', schema: PrivacyRequest },
      404: jsonError('Unbekannte Anfrage'),
    },
  },
  {
    id: 'confirmPrivacyErasure',
    method: 'POST',
    path: '/api/privacy-requests/{requestId}/erase',
    access: ROUTE_ACCESS.confirmPrivacyErasure,
    entry: 'functions/privacy/handlers/confirm-erasure.ts',
    summary: 'Löschung bestätigen; ein Hintergrundauftrag löscht bzw. pseudonymisiert jede Fundstelle',
    grants: { table: 'readWrite', sendMail: false },
    request: { path: PrivacyRequestPath },
    responses: {
      202: { description: 'Löschung beauftragt', schema: PrivacyRequest },
      404: jsonError('Unbekannte Anfrage'),
      409: jsonError('Suche läuft noch oder Auskunftsanfrage'),
    },
  },
  {
    id: 'exportPrivacyRequest',
    method: 'GET',
    path: '/api/privacy-requests/{requestId}/export',
    access: ROUTE_ACCESS.exportPrivacyRequest,
    entry: 'functions/privacy/handlers/export-privacy-request.ts',
    summary: 'Auskunft als JSON: die Anfrage und jede Fundstelle mit dem gespeicherten Wert',
    grants: { table: 'read', sendMail: false },
    request: { path: PrivacyRequestPath },
    responses: {
      200: { description: 'JSON-Datei', contentType: 'application/json' },
      404: jsonError('Unbekannte Anfrage'),
      409: jsonError('Suche läuft noch'),
    },
  },
  {
    id: 'importRegistry',
    method: 'POST',
    path: '/api/registry/import',
    access: ROUTE_ACCESS.importRegistry,
    entry: 'functions/registry/handlers/import-registry.ts',
    summary: 'Korrigiertes Verzeichnis einlesen (alles oder nichts)',
    grants: { table: 'readWrite', sendMail: false },
    request: { query: ImportQuery, body: { contentType: 'text/csv', schema: z.string() } },
    responses: {
      200: { description: 'Übernommen (oder bei dryRun=true: geprüft)', schema: RegistryImportResult },
      400: jsonError('Fehler mit Zeile und Spalte; nichts wurde übernommen'),
      403: jsonError('Nur für die Rolle admin'),
      409: jsonError('Das Verzeichnis wurde zwischenzeitlich geändert'),
      413: jsonError('Datei zu groß'),
    },
  },
  {
    id: 'recordPaperAccession',
    method: 'POST',
    path: '/api/accessions',
    access: ROUTE_ACCESS.recordPaperAccession,
    entry: 'functions/accessions/handlers/record-paper-accession.ts',
    summary: 'Beitritt erfassen, der auf Papier eingegangen ist (mit Maßnahmen, optional)',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: PaperAccessionBody } },
    responses: {
      201: { description: 'Erfasst', schema: Accession },
      400: jsonError('Ungültige Angaben, mit Feld'),
      403: jsonError('Nur für die Rolle admin'),
      404: jsonError('Unbekanntes Jobcenter'),
      409: jsonError('Für dieses Jobcenter ist bereits ein Beitritt erfasst'),
    },
  },
  {
    id: 'importAccessions',
    method: 'POST',
    path: '/api/accessions/import',
    access: ROUTE_ACCESS.importAccessions,
    entry: 'functions/accessions/handlers/import-accessions.ts',
    summary: 'Frühere Beitritte aus einer CSV-Datei übernehmen (alles oder nichts)',
    grants: { table: 'readWrite', sendMail: false },
    request: { query: ImportQuery, body: { contentType: 'text/csv', schema: z.string() } },
    responses: {
      200: { description: 'Übernommen (oder bei dryRun=true: geprüft)', schema: AccessionImportResult },
      400: jsonError('Fehler mit Zeile und Spalte; nichts wurde übernommen'),
      403: jsonError('Nur für die Rolle admin'),
      409: jsonError('Zwischenzeitlich wurde ein Beitritt erfasst; nichts wurde übernommen'),
      413: jsonError('Datei zu groß'),
    },
  },
  {
    id: 'getRegister',
    method: 'GET',
    path: '/api/evaluation/register',
    access: ROUTE_ACCESS.getRegister,
    entry: 'functions/evaluation/handlers/get-register.ts',
    summary: 'Beitrittsregister: alle Jobcenter mit Stand des Beitritts, Zählung und Zeitleiste',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'Register', schema: Register }, 401: jsonError('Nicht angemeldet') },
  },
  {
    id: 'exportRegister',
    method: 'GET',
    path: '/api/evaluation/register/export',
    access: ROUTE_ACCESS.exportRegister,
    entry: 'functions/evaluation/handlers/export-register.ts',
    summary: 'Beitrittsregister als CSV oder XLSX',
    grants: { table: 'read', sendMail: false },
    request: { query: ExportQuery },
    responses: {
      200: { description: 'Datei (CSV oder XLSX)', contentType: XLSX_TYPE, schema: z.string() },
      400: jsonError('Ungültiges Format'),
    },
  },
  {
    id: 'queryMeasures',
    method: 'GET',
    path: '/api/evaluation/measures',
    access: ROUTE_ACCESS.queryMeasures,
    entry: 'functions/evaluation/handlers/query-measures.ts',
    summary:
      'Maßnahmenübersicht: eine Zeile je Maßnahme, Jobcenter und Berichtsjahr; gefiltert, sortiert, seitenweise',
    grants: { table: 'read', sendMail: false },
    request: { query: MeasureQuery },
    responses: {
      200: { description: 'Eine Seite der Tabelle mit den Zählungen', schema: MeasureTablePage },
      400: jsonError('Ungültiger Filter, mit Parameter'),
    },
  },
  {
    id: 'exportMeasures',
    method: 'GET',
    path: '/api/evaluation/measures/export',
    access: ROUTE_ACCESS.exportMeasures,
    entry: 'functions/evaluation/handlers/export-measures.ts',
    summary: 'Maßnahmenübersicht wie gefiltert als CSV oder XLSX',
    grants: { table: 'read', sendMail: false },
    request: { query: MeasureExportQuery },
    responses: {
      200: { description: 'Datei (CSV oder XLSX)', contentType: XLSX_TYPE, schema: z.string() },
      400: jsonError('Ungültiger Filter, mit Parameter'),
      413: jsonError('Zu viele Zeilen für eine Datei; bitte filtern'),
    },
  },
  {
    id: 'getDashboard',
    method: 'GET',
    path: '/api/evaluation/dashboard',
    access: ROUTE_ACCESS.getDashboard,
    entry: 'functions/evaluation/handlers/get-dashboard.ts',
    summary:
      'Auswertung eines Berichtsjahres: Rücklauf, Selbsteinschätzung, Kennzahlen, Maßnahmen nach Stand',
    grants: { table: 'read', sendMail: false },
    request: { query: DashboardQuery },
    responses: {
      200: { description: 'Kennzahlen des Jahres', schema: Dashboard },
      400: jsonError('Ungültiger Filter, mit Parameter'),
    },
  },
  {
    id: 'getTrends',
    method: 'GET',
    path: '/api/evaluation/trends',
    access: ROUTE_ACCESS.getTrends,
    entry: 'functions/evaluation/handlers/get-trends.ts',
    summary:
      'Entwicklung über die Jahre: Selbsteinschätzung je Handlungsfeld und Kennzahlen (je Jahr mit dessen Fragebogen)',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'Trends', schema: Trends } },
  },
  {
    id: 'getTexts',
    method: 'GET',
    path: '/api/evaluation/texts',
    access: ROUTE_ACCESS.getTexts,
    entry: 'functions/evaluation/handlers/get-texts.ts',
    summary: 'Freitext-Antworten aller Jobcenter eines Jahres je Handlungsfeld und Frage',
    grants: { table: 'read', sendMail: false },
    request: { query: TextsQuery },
    responses: {
      200: { description: 'Antworten', schema: TextAnswers },
      400: jsonError('Ungültiger Filter, mit Parameter'),
    },
  },
  {
    id: 'exportTexts',
    method: 'GET',
    path: '/api/evaluation/texts/export',
    access: ROUTE_ACCESS.exportTexts,
    entry: 'functions/evaluation/handlers/export-texts.ts',
    summary: 'Freitext-Antworten als CSV oder XLSX',
    grants: { table: 'read', sendMail: false },
    request: { query: TextsExportQuery },
    responses: {
      200: { description: 'Datei (CSV oder XLSX)', contentType: XLSX_TYPE, schema: z.string() },
      400: jsonError('Ungültiger Filter, mit Parameter'),
    },
  },
  {
    id: 'getJobcenterProfile',
    method: 'GET',
    path: '/api/evaluation/jobcenters/{id}',
    access: ROUTE_ACCESS.getJobcenterProfile,
    entry: 'functions/evaluation/handlers/get-jobcenter-profile.ts',
    summary:
      'Profil eines Jobcenters: Beitritt, jede Selbstbewertung, Selbsteinschätzung über die Jahre, Maßnahmen, Rückmeldungen',
    grants: { table: 'read', sendMail: false },
    request: { path: z.object({ id: JobcenterId }) },
    responses: {
      200: { description: 'Profil', schema: JobcenterProfile },
      404: jsonError('Unbekanntes Jobcenter'),
    },
  },
  {
    id: 'sendFeedback',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/responses/{jobcenterId}/feedback',
    access: ROUTE_ACCESS.sendFeedback,
    entry: 'functions/evaluation/handlers/send-feedback.ts',
    summary:
      'Schriftliche Rückmeldung des MAGS zu einer abgegebenen Selbstbewertung (per E-Mail, bleibt bei der Fassung)',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { path: InvitationPath, body: { contentType: 'application/json', schema: FeedbackBody } },
    responses: {
      201: { description: 'Gespeichert und gesendet', schema: Feedback },
      400: jsonError('Ungültige Angaben'),
      403: jsonError('Nur für die Rolle admin'),
      409: jsonError('Keine Selbstbewertung, Fassung nicht abgegeben oder Rückmeldung bereits gesendet'),
    },
  },
  {
    id: 'listCampaigns',
    method: 'GET',
    path: '/api/campaigns',
    access: ROUTE_ACCESS.listCampaigns,
    entry: 'functions/campaigns/handlers/list-campaigns.ts',
    summary: 'Alle Kampagnen, neueste zuerst',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'Kampagnen', schema: z.object({ items: z.array(Campaign) }) } },
  },
  {
    id: 'createCampaign',
    method: 'POST',
    path: '/api/campaigns',
    access: ROUTE_ACCESS.createCampaign,
    entry: 'functions/campaigns/handlers/create-campaign.ts',
    summary: 'Kampagne als Entwurf anlegen',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: CampaignInput } },
    responses: { 201: { description: 'Angelegt', schema: Campaign }, 400: jsonError('Ungültige Angaben') },
  },
  {
    id: 'getCampaign',
    method: 'GET',
    path: '/api/campaigns/{campaignId}',
    access: ROUTE_ACCESS.getCampaign,
    entry: 'functions/campaigns/handlers/get-campaign.ts',
    summary: 'Kampagne mit Zählern, Rücklaufquote und einer Seite Jobcenter (Filter: Status, LV, Name)',
    grants: { table: 'read', sendMail: false },
    request: { path: CampaignPath, query: CampaignViewQuery },
    responses: { 200: { description: 'Übersicht' }, 404: jsonError('Unbekannte Kampagne') },
  },
  {
    id: 'updateCampaign',
    method: 'PUT',
    path: '/api/campaigns/{campaignId}',
    access: ROUTE_ACCESS.updateCampaign,
    entry: 'functions/campaigns/handlers/update-campaign.ts',
    summary: 'Entwurf einer Kampagne ändern (mit Versionsprüfung)',
    grants: { table: 'readWrite', sendMail: false },
    request: { path: CampaignPath, body: { contentType: 'application/json', schema: UpdateCampaignBody } },
    responses: {
      200: { description: 'Gespeichert', schema: Campaign },
      409: jsonError('Zwischenzeitlich geändert'),
    },
  },
  {
    id: 'previewInvitation',
    method: 'GET',
    path: '/api/campaigns/{campaignId}/preview',
    access: ROUTE_ACCESS.previewInvitation,
    entry: 'functions/campaigns/handlers/preview-invitation.ts',
    summary: 'Vorschau des Einladungsschreibens (HTML und Text) und der Empfänger',
    grants: { table: 'read', sendMail: false },
    request: { path: CampaignPath },
    responses: { 200: { description: 'Vorschau' } },
  },
  {
    id: 'launchCampaign',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/launch',
    access: ROUTE_ACCESS.launchCampaign,
    entry: 'functions/campaigns/handlers/launch-campaign.ts',
    summary: 'Kampagne starten: eine Einladung je Jobcenter über die Warteschlange (wiederholbar)',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { path: CampaignPath },
    responses: { 202: { description: 'In der Warteschlange' }, 409: jsonError('Geschlossen oder leer') },
  },
  {
    id: 'closeCampaign',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/close',
    access: ROUTE_ACCESS.closeCampaign,
    entry: 'functions/campaigns/handlers/close-campaign.ts',
    summary: 'Kampagne schließen; Links funktionieren danach nicht mehr',
    grants: { table: 'readWrite', sendMail: false },
    request: { path: CampaignPath },
    responses: { 200: { description: 'Geschlossen', schema: Campaign } },
  },
  {
    id: 'addJobcenter',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/invitations',
    access: ROUTE_ACCESS.addJobcenter,
    entry: 'functions/campaigns/handlers/add-jobcenter.ts',
    summary: 'Ein Jobcenter nachträglich einladen',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { path: CampaignPath, body: { contentType: 'application/json', schema: AddJobcenterBody } },
    responses: { 202: { description: 'In der Warteschlange' }, 409: jsonError('Bereits eingeladen') },
  },
  {
    id: 'resendInvitation',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/invitations/{jobcenterId}/resend',
    access: ROUTE_ACCESS.resendInvitation,
    entry: 'functions/campaigns/handlers/resend-invitation.ts',
    summary: 'Link neu senden; alte Links werden sofort ungültig',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { path: InvitationPath },
    responses: { 202: { description: 'In der Warteschlange' } },
  },
  {
    id: 'remindNow',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/invitations/{jobcenterId}/remind',
    access: ROUTE_ACCESS.remindNow,
    entry: 'functions/reminders/handlers/remind-now.ts',
    summary: 'Erinnerung sofort senden (mit demselben persönlichen Link)',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { path: InvitationPath },
    responses: {
      200: { description: 'Versendet' },
      409: jsonError('Bereits abgegeben oder nicht möglich'),
      429: jsonError('Dieses Jobcenter wurde heute schon von Hand erinnert'),
    },
  },
  {
    id: 'pauseReminders',
    method: 'PUT',
    path: '/api/campaigns/{campaignId}/invitations/{jobcenterId}/reminders',
    access: ROUTE_ACCESS.pauseReminders,
    entry: 'functions/reminders/handlers/pause-reminders.ts',
    summary: 'Erinnerungen für ein Jobcenter pausieren oder fortsetzen',
    grants: { table: 'readWrite', sendMail: false },
    request: { path: InvitationPath, body: { contentType: 'application/json', schema: PauseBody } },
    responses: { 200: { description: 'Gespeichert' } },
  },
  {
    id: 'getResponse',
    method: 'GET',
    path: '/api/campaigns/{campaignId}/responses/{jobcenterId}',
    access: ROUTE_ACCESS.getResponse,
    entry: 'functions/review/handlers/get-response.ts',
    summary: 'Rückmeldung eines Jobcenters mit allen Fassungen und Verlauf',
    grants: { table: 'read', sendMail: false },
    request: { path: InvitationPath },
    responses: { 200: { description: 'Rückmeldung' } },
  },
  {
    id: 'confirmAccession',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/responses/{jobcenterId}/confirm',
    access: ROUTE_ACCESS.confirmAccession,
    entry: 'functions/review/handlers/confirm-accession.ts',
    summary: 'Beitritt bestätigen',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { path: InvitationPath },
    responses: { 200: { description: 'Bestätigt' }, 409: jsonError('Nicht im Status abgegeben') },
  },
  {
    id: 'returnAccession',
    method: 'POST',
    path: '/api/campaigns/{campaignId}/responses/{jobcenterId}/return',
    access: ROUTE_ACCESS.returnAccession,
    entry: 'functions/review/handlers/return-accession.ts',
    summary: 'Beitrittserklärung mit Kommentar zurückgeben',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { path: InvitationPath, body: { contentType: 'application/json', schema: ReturnBody } },
    responses: { 200: { description: 'Zurückgegeben' } },
  },
  {
    id: 'openFormSession',
    method: 'POST',
    path: '/api/form/session',
    access: ROUTE_ACCESS.openFormSession,
    publicReason:
      'Exchanges a personal link token (256 bits, stored hashed, expiring, revocable, rate-limited per client) for a short-lived form session; Jobcenter managers have no staff accounts.',
    entry: 'functions/forms/handlers/open-session.ts',
    summary: 'Persönlichen Link gegen eine Sitzung tauschen (nach Klick auf „Formular öffnen“)',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: OpenSessionBody } },
    responses: {
      200: { description: 'Sitzung' },
      401: jsonError('Link ungültig, abgelaufen oder widerrufen (immer dieselbe Antwort)'),
      429: jsonError('Zu viele Versuche'),
    },
  },
  {
    id: 'getForm',
    method: 'GET',
    path: '/api/form',
    access: ROUTE_ACCESS.getForm,
    publicReason:
      "Authorised in the handler by the form session token of one Jobcenter; it only ever reads that Jobcenter's data.",
    entry: 'functions/forms/handlers/get-form.ts',
    summary:
      'Formular des eigenen Jobcenters mit Entwurf und abgegebenen Fassungen; bei der Selbstbewertung mit Vorbefüllung aus Beitritt und Vorjahr',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'Formular' }, 401: jsonError('Sitzung ungültig') },
  },
  {
    id: 'saveDraft',
    method: 'PUT',
    path: '/api/form/draft',
    access: ROUTE_ACCESS.saveDraft,
    publicReason: "Authorised in the handler by the form session token; writes only that Jobcenter's draft.",
    entry: 'functions/forms/handlers/save-draft.ts',
    summary: 'Entwurf speichern (mit Versionsprüfung)',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: SaveDraftBody } },
    responses: {
      200: { description: 'Gespeichert' },
      400: jsonError('Ungültige Angaben'),
      409: jsonError('Zwischenzeitlich von anderer Stelle gespeichert; enthält den aktuellen Stand'),
    },
  },
  {
    id: 'submitForm',
    method: 'POST',
    path: '/api/form/submit',
    access: ROUTE_ACCESS.submitForm,
    publicReason:
      "Authorised in the handler by the form session token; submits only that Jobcenter's declaration.",
    entry: 'functions/forms/handlers/submit.ts',
    summary: 'Beitrittserklärung oder Selbstbewertung abgeben (neue Fassung)',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { body: { contentType: 'application/json', schema: SubmitBody } },
    responses: { 201: { description: 'Abgegeben' }, 400: jsonError('Angaben unvollständig') },
  },
  {
    id: 'handoverForm',
    method: 'POST',
    path: '/api/form/handover',
    access: ROUTE_ACCESS.handoverForm,
    publicReason:
      'Authorised in the handler by the form session token; sends a link for the same Jobcenter only.',
    entry: 'functions/forms/handlers/handover.ts',
    summary: 'Formular an eine Kollegin oder einen Kollegen übergeben',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { body: { contentType: 'application/json', schema: HandoverBody } },
    responses: { 200: { description: 'Übergeben' } },
  },
  {
    id: 'logoutForm',
    method: 'POST',
    path: '/api/form/logout',
    access: ROUTE_ACCESS.logoutForm,
    publicReason: 'Authorised in the handler by the form session token; ends only that session.',
    entry: 'functions/forms/handlers/logout.ts',
    summary: 'Abmelden: die Formularsitzung sofort beenden (der persönliche Link bleibt gültig)',
    grants: { table: 'readWrite', sendMail: false },
    responses: { 204: { description: 'Abgemeldet' }, 401: jsonError('Sitzung ungültig') },
  },
  {
    id: 'listAcceded',
    method: 'GET',
    path: '/api/public/acceded',
    access: ROUTE_ACCESS.listAcceded,
    publicReason:
      'The public list of acceded Jobcenters that consented to be named; it holds no personal data.',
    entry: 'functions/review/handlers/list-acceded.ts',
    summary: 'Öffentliche Liste der beigetretenen Jobcenter',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'Liste' } },
  },
  {
    id: 'requestConsentLink',
    method: 'POST',
    path: '/api/public/consent/link',
    access: ROUTE_ACCESS.requestConsentLink,
    publicReason:
      "Anyone may ask; the link goes only to the Jobcenter's registered contacts, the answer never tells whether the address is known, and requests are limited per client address and per Jobcenter.",
    entry: 'functions/consent/handlers/request-link.ts',
    summary: 'Link zur Einwilligung in die Veröffentlichung an die hinterlegten Kontakte senden',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { body: { contentType: 'application/json', schema: ConsentLinkRequestBody } },
    responses: {
      202: {
        description: 'Immer dieselbe Antwort, ob die Adresse bekannt ist oder nicht',
        schema: ConsentRequestAnswer,
      },
      400: jsonError('Ungültige E-Mail-Adresse'),
      429: jsonError('Zu viele Anfragen'),
    },
  },
  {
    id: 'getConsentByLink',
    method: 'POST',
    path: '/api/public/consent/state',
    access: ROUTE_ACCESS.getConsentByLink,
    publicReason:
      'Authorised in the handler by the short-lived consent link token of one Jobcenter (posted from the URL fragment).',
    entry: 'functions/consent/handlers/get-by-link.ts',
    summary: 'Einwilligung zur Veröffentlichung ansehen (mit dem Link aus der E-Mail)',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: ConsentTokenBody } },
    responses: {
      200: { description: 'Stand der Einwilligung', schema: ConsentState },
      401: jsonError('Link ungültig oder abgelaufen (immer dieselbe Antwort)'),
      429: jsonError('Zu viele Versuche'),
    },
  },
  {
    id: 'changeConsentByLink',
    method: 'PUT',
    path: '/api/public/consent',
    access: ROUTE_ACCESS.changeConsentByLink,
    publicReason:
      "Authorised in the handler by the short-lived consent link token; changes only that Jobcenter's consent.",
    entry: 'functions/consent/handlers/change-by-link.ts',
    summary: 'Einwilligung zur Veröffentlichung widerrufen oder erneut erteilen',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: ConsentChangeBody } },
    responses: {
      200: { description: 'Geändert; die öffentliche Liste folgt sofort', schema: ConsentState },
      400: jsonError('Ungültige Angaben'),
      401: jsonError('Link ungültig oder abgelaufen (immer dieselbe Antwort)'),
      429: jsonError('Zu viele Versuche'),
    },
  },
  {
    id: 'getConsent',
    method: 'GET',
    path: '/api/jobcenters/{id}/consent',
    access: ROUTE_ACCESS.getConsent,
    entry: 'functions/consent/handlers/get-consent.ts',
    summary: 'Einwilligung eines Jobcenters zur Veröffentlichung (null: kein Beitritt erfasst)',
    grants: { table: 'read', sendMail: false },
    request: { path: z.object({ id: JobcenterId }) },
    responses: {
      200: { description: 'Stand', schema: z.object({ einwilligung: ConsentState.nullable() }) },
      404: jsonError('Unbekanntes Jobcenter'),
    },
  },
  {
    id: 'recordConsentLetter',
    method: 'POST',
    path: '/api/jobcenters/{id}/consent/letter-withdrawal',
    access: ROUTE_ACCESS.recordConsentLetter,
    entry: 'functions/consent/handlers/record-letter.ts',
    summary: 'Widerruf der Einwilligung zur Veröffentlichung per Brief erfassen',
    grants: { table: 'readWrite', sendMail: false },
    request: {
      path: z.object({ id: JobcenterId }),
      body: { contentType: 'application/json', schema: LetterWithdrawalBody },
    },
    responses: {
      200: { description: 'Erfasst; das Jobcenter ist nicht mehr öffentlich genannt', schema: ConsentState },
      400: jsonError('Ungültige Angaben'),
      403: jsonError('Nur für MAGS-Administration'),
      404: jsonError('Unbekanntes Jobcenter oder kein Beitritt erfasst'),
    },
  },
  {
    id: 'openapi',
    method: 'GET',
    path: '/api/openapi.json',
    access: ROUTE_ACCESS.openapi,
    entry: 'functions/api/openapi-handler.ts',
    summary: 'Diese API-Beschreibung (OpenAPI 3.1)',
    grants: { table: 'none', sendMail: false },
    responses: { 200: { description: 'OpenAPI-Dokument' } },
  },
  {
    id: 'requestRecordsLink',
    method: 'POST',
    path: '/api/records/request',
    access: ROUTE_ACCESS.requestRecordsLink,
    publicReason:
      'A Jobcenter asks for a link to its records by e-mail address; the answer is the same for every address and the link goes only to a registered contact.',
    entry: 'functions/records/handlers/request-link.ts',
    summary: 'Link zu den eigenen Unterlagen anfordern (Antwort gleich, ob die Adresse bekannt ist)',
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
    request: { body: { contentType: 'application/json', schema: RecordsRequestBody } },
    responses: {
      202: { description: 'Angenommen', schema: z.object({ message: z.string() }) },
      400: jsonError('Ungültige E-Mail-Adresse'),
      429: jsonError('Zu viele Anfragen'),
    },
  },
  {
    id: 'openRecordsSession',
    method: 'POST',
    path: '/api/records/session',
    access: ROUTE_ACCESS.openRecordsSession,
    publicReason: 'Exchanges a records link token for a short session scoped to its Jobcenter.',
    entry: 'functions/records/handlers/open-session.ts',
    summary: 'Link zu den Unterlagen gegen eine Sitzung tauschen',
    grants: { table: 'readWrite', sendMail: false },
    request: { body: { contentType: 'application/json', schema: OpenSessionBody } },
    responses: {
      200: { description: 'Sitzung', schema: z.object({ sessionToken: z.string(), expiresAt: z.string() }) },
      401: jsonError('Link ungültig'),
      429: jsonError('Zu viele Versuche'),
    },
  },
  {
    id: 'listRecords',
    method: 'GET',
    path: '/api/records',
    access: ROUTE_ACCESS.listRecords,
    publicReason: "Authorised in the handler by the records session; lists only that Jobcenter's documents.",
    entry: 'functions/records/handlers/list-records.ts',
    summary: 'Die Unterlagen des eigenen Jobcenters (Beitrittserklärung, Selbstbewertungen)',
    grants: { table: 'read', sendMail: false },
    responses: {
      200: { description: 'Unterlagen', schema: RecordsList },
      401: jsonError('Sitzung ungültig'),
    },
  },
  {
    id: 'getRecordsDocument',
    method: 'GET',
    path: '/api/records/documents/{campaignId}/{version}',
    access: ROUTE_ACCESS.getRecordsDocument,
    publicReason: "Authorised in the handler by the records session; reads only that Jobcenter's documents.",
    entry: 'functions/records/handlers/get-document.ts',
    summary: 'Eine abgegebene Fassung als PDF-Dokument (mit Eingangsnummer und Prüfsumme)',
    grants: { table: 'read', sendMail: false },
    request: { path: DocumentPath },
    responses: {
      200: { description: 'PDF-Dokument', contentType: 'application/pdf', schema: z.string() },
      401: jsonError('Sitzung ungültig'),
      404: jsonError('Unbekanntes Dokument'),
    },
  },
  {
    id: 'revokeRecordsLinks',
    method: 'POST',
    path: '/api/jobcenters/{id}/records-links/revoke',
    access: ROUTE_ACCESS.revokeRecordsLinks,
    entry: 'functions/records/handlers/revoke-links.ts',
    summary: 'Alle Links eines Jobcenters zu seinen Unterlagen sperren (protokolliert)',
    grants: { table: 'readWrite', sendMail: false },
    request: { path: z.object({ id: JobcenterId }) },
    responses: {
      200: { description: 'Gesperrt; Zahl der Links, die bis dahin galten', schema: RevokedRecordsLinks },
      403: jsonError('Nur für MAGS-Administration'),
      404: jsonError('Unbekanntes Jobcenter'),
    },
  },
] as const satisfies readonly RouteDef[];

/** Queue consumers: an SQS event source in AWS, the in-process queue locally. */
export type ConsumerDef = {
  id: string;
  entry: string;
  /** Messages per invocation. */
  batchSize: number;
  grants: RouteDef['grants'];
};

export const CONSUMERS = [
  {
    id: 'sendInvitations',
    entry: 'functions/campaigns/handlers/send-invitations.ts',
    batchSize: 10,
    grants: { table: 'readWrite', sendMail: true, linkKey: true },
  },
] as const satisfies readonly ConsumerDef[];

/** SNS subscribers: the SES configuration set's event topic in AWS, the dev tools locally. */
export type SubscriberDef = { id: string; entry: string; topic: 'sesEvents'; grants: RouteDef['grants'] };

export const SUBSCRIBERS = [
  {
    id: 'sesEvents',
    entry: 'functions/delivery/handlers/ses-events.ts',
    topic: 'sesEvents',
    grants: { table: 'readWrite', sendMail: false },
  },
] as const satisfies readonly SubscriberDef[];

/** Scheduled jobs: EventBridge Scheduler in AWS, the local ticker on one machine. */
export type ScheduleDef = {
  id: string;
  entry: string;
  /** EventBridge Scheduler expression. */
  expression: string;
  /** How often the local ticker fires it. */
  localEverySeconds: number;
  grants: RouteDef['grants'];
};

export const SCHEDULES = [
  {
    id: 'heartbeat',
    entry: 'functions/scheduler/heartbeat-handler.ts',
    expression: 'rate(15 minutes)',
    localEverySeconds: 60,
    grants: { table: 'readWrite', sendMail: false },
  },
  {
    id: 'reminders',
    entry: 'functions/reminders/handlers/run-reminders.ts',
    expression: 'rate(1 hour)',
    localEverySeconds: 60,
    grants: { table: 'readWrite', sendMail: false, enqueue: true },
  },
  {
    id: 'retention',
    entry: 'functions/privacy/handlers/run-retention.ts',
    // Daily at 03:15 Berlin time (the schedules run in Europe/Berlin).
    expression: 'cron(15 3 * * ? *)',
    localEverySeconds: 3600,
    grants: { table: 'readWrite', sendMail: false },
  },
  {
    id: 'privacyRequests',
    entry: 'functions/privacy/handlers/run-privacy-requests.ts',
    // Searches and erasures staff asked for: a full table read, so never on a request path.
    expression: 'rate(1 minute)',
    localEverySeconds: 10,
    grants: { table: 'readWrite', sendMail: false },
  },
  {
    id: 'sweepSends',
    entry: 'functions/campaigns/handlers/sweep-sends.ts',
    expression: 'rate(5 minutes)',
    localEverySeconds: 60,
    grants: { table: 'read', sendMail: false, enqueue: true },
  },
] as const satisfies readonly ScheduleDef[];
