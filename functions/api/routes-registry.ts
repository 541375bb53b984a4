import * as z from 'zod';
import { Accession } from '../accessions/accession';
import { AccessionImportResult } from '../accessions/accession-csv';
import { PaperAccessionBody } from '../accessions/paper-accession';
import { AuditPage, AuditQuery } from '../audit/api-schemas';
import { Principal } from '../auth/principal';
import { CorrectContactsBody } from '../delivery/api-schemas';
import { HealthReport, Liveness } from '../health/get-health';
import {
  PrivacyRequest,
  PrivacyRequestBody,
  PrivacyRequestList,
  PrivacyRequestPath,
} from '../privacy/privacy-request';
import { ImportQuery, JobcenterList } from '../registry/api-schemas';
import { Jobcenter, JobcenterFilter, JobcenterId } from '../registry/jobcenter';
import { RegistryImportResult } from '../registry/registry-csv';
import { ROUTE_ACCESS } from './route-access';
import { jsonError, type RouteDef } from './route-def';

/** Health, sign-in, the Jobcenter registry, the audit viewer, privacy requests and recorded accessions (MAGS staff). Part of ROUTES (routes.ts), in its order. */
export const REGISTRY_ROUTES = [
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
] as const satisfies readonly RouteDef[];
