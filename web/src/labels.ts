import type { Campaign } from '../../functions/campaigns/campaign';
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

const dateOnly = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'UTC' });
const timeOnly = new Intl.DateTimeFormat('de-DE', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});

/** `2026-11-10` → `10.11.2026`; anything else is shown as it is. */
export const formatDate = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateOnly.format(new Date(`${iso}T12:00:00Z`)) : iso;

/** `2025-03-01T09:42:00Z` → `10:42` (Berlin time). */
export const formatTime = (iso: string): string => timeOnly.format(new Date(iso));

/** `2027-04` → `04/2027`; anything else is shown as it is. */
export const formatMonth = (value: string): string => {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return match ? `${match[2]}/${match[1]}` : value;
};

const percent = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
/** 12.5 → `12,5 %` */
export const formatPercent = (value: number): string => `${percent.format(value)} %`;

export const CAMPAIGN_KIND_LABELS: Record<Campaign['kind'], string> = {
  beitritt: 'Beitritt',
  selbstbewertung: 'Selbstbewertung',
};

export const CAMPAIGN_STATUS_LABELS: Record<Campaign['status'], string> = {
  draft: 'Entwurf',
  launched: 'Gestartet',
  closed: 'Geschlossen',
};

const monthName = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** `2018-03` → `März 2018`; anything else is shown as it is. */
export const formatMonthName = (value: string): string =>
  /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? monthName.format(new Date(`${value}-15T12:00:00Z`)) : value;
