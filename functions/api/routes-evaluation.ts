import * as z from 'zod';
import { InvitationPath } from '../campaigns/api-schemas';
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
import { JobcenterId } from '../registry/jobcenter';
import { ROUTE_ACCESS } from './route-access';
import { jsonError, type RouteDef } from './route-def';

/** Evaluation across Jobcenters and years: register, measures, dashboard, trends, texts, profiles, feedback (MAGS staff and the co-signatories). Part of ROUTES (routes.ts), in its order. */
export const EVALUATION_ROUTES = [
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
] as const satisfies readonly RouteDef[];
