import type { HealthReport } from '../../functions/health/get-health';
import type { Jobcenter } from '../../functions/registry/jobcenter';

/** German wording for the codes used in the registry and the health report. */
export const TYPE_LABELS: Record<Jobcenter['type'], string> = {
  gE: 'gemeinsame Einrichtung',
  zkT: 'zugelassener kommunaler Träger',
};

export const LV_LABELS: Record<Jobcenter['landschaftsverband'], string> = {
  LVR: 'Landschaftsverband Rheinland',
  LWL: 'Landschaftsverband Westfalen-Lippe',
};

export const RB_LABELS: Record<Jobcenter['regierungsbezirk'], string> = {
  D: 'Düsseldorf',
  K: 'Köln',
  MS: 'Münster',
  DT: 'Detmold',
  AR: 'Arnsberg',
};

export const STATUS_LABELS: Record<HealthReport['status'], string> = {
  ok: 'Betriebsbereit',
  degraded: 'Eingeschränkt',
  down: 'Gestört',
};

const dateTime = new Intl.DateTimeFormat('de-DE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Berlin',
});

/** `2025-03-01T09:30:00Z` → `01.03.2025, 10:30 Uhr` */
export const formatDateTime = (iso: string): string => `${dateTime.format(new Date(iso))} Uhr`;

export const APP_NAME = 'Rahmenvereinbarung Inklusion';
export const MINISTRY = 'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen';
