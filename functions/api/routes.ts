import { z } from 'zod';
import { Principal, type Role } from '../auth/principal';
import { HealthReport } from '../health/get-health';
import { ImportQuery, JobcenterList } from '../registry/api-schemas';
import { Jobcenter, JobcenterFilter, JobcenterId } from '../registry/jobcenter';
import { RegistryImportResult } from '../registry/registry-csv';
import { ErrorBody } from './error-body';

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
  access: 'public' | Role;
  /** Handler file relative to the repository root; it exports `handler`. */
  entry: string;
  summary: string;
  /** Least privilege: what the function may do with the table and SES. */
  grants: { table: 'none' | 'read' | 'readWrite'; sendMail: boolean; describeTable?: boolean };
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
    access: 'public',
    entry: 'functions/health/handler.ts',
    summary: 'Zustand von Tabelle, Mailer und Zeitplan',
    grants: { table: 'read', sendMail: false, describeTable: true },
    responses: {
      200: { description: 'Alle Komponenten erreichbar', schema: HealthReport },
      503: { description: 'Eine Komponente ist nicht erreichbar', schema: HealthReport },
    },
  },
  {
    id: 'me',
    method: 'GET',
    path: '/api/me',
    access: 'viewer',
    entry: 'functions/auth/handlers/me.ts',
    summary: 'Angemeldete Person und ihre Rollen',
    grants: { table: 'none', sendMail: false },
    responses: { 200: { description: 'Angemeldet', schema: Principal }, 401: jsonError('Nicht angemeldet') },
  },
  {
    id: 'listJobcenters',
    method: 'GET',
    path: '/api/jobcenters',
    access: 'viewer',
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
    access: 'viewer',
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
    id: 'exportRegistry',
    method: 'GET',
    path: '/api/registry/export',
    access: 'viewer',
    entry: 'functions/registry/handlers/export-registry.ts',
    summary: 'Verzeichnis als CSV (UTF-8, Semikolon)',
    grants: { table: 'read', sendMail: false },
    responses: { 200: { description: 'CSV-Datei', contentType: 'text/csv', schema: z.string() } },
  },
  {
    id: 'importRegistry',
    method: 'POST',
    path: '/api/registry/import',
    access: 'admin',
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
    id: 'openapi',
    method: 'GET',
    path: '/api/openapi.json',
    access: 'public',
    entry: 'functions/api/openapi-handler.ts',
    summary: 'Diese API-Beschreibung (OpenAPI 3.1)',
    grants: { table: 'none', sendMail: false },
    responses: { 200: { description: 'OpenAPI-Dokument' } },
  },
] as const satisfies readonly RouteDef[];

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
] as const satisfies readonly ScheduleDef[];
