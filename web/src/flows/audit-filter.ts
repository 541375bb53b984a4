import type { AuditParams } from '../api/audit-endpoints';

const KEYS = ['von', 'bis', 'akteur', 'aktion', 'gegenstand'] as const;

/** The filter from the address (`?von=…&aktion=…`); unknown keys are ignored, empty ones left out. */
export const auditParamsFromQuery = (query: URLSearchParams): AuditParams =>
  Object.fromEntries(
    KEYS.flatMap((k) => {
      const v = query.get(k)?.trim();
      return v ? [[k, v]] : [];
    }),
  ) as AuditParams;

/** The filter as the page's query string (`?…`, or empty). */
export const auditParamsToQuery = (params: AuditParams): string => {
  const q = new URLSearchParams();
  for (const k of KEYS) {
    const v = params[k];
    if (v) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
};

export const isAuditFiltered = (params: AuditParams): boolean => KEYS.some((k) => Boolean(params[k]));

/** "50 Einträge" / "1 Eintrag", and whether more can be loaded. */
export const auditCountText = (shown: number, more: boolean): string =>
  shown === 0
    ? 'Keine Einträge zu diesem Filter.'
    : `${shown} ${shown === 1 ? 'Eintrag' : 'Einträge'} angezeigt${more ? ', weitere vorhanden' : ''}.`;
