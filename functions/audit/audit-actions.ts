/**
 * The audited actions with their German names for the audit viewer's filter and table. An action
 * not listed here is shown by its technical name; a unit test keeps this list complete.
 */
export const AUDIT_ACTIONS = {
  'registry.imported': 'Verzeichnis importiert',
  'contacts.corrected': 'Kontakte korrigiert',
  'campaign.launched': 'Kampagne gestartet',
  'campaign.closed': 'Kampagne abgeschlossen',
  'invitation.added': 'Jobcenter nachträglich eingeladen',
  'invitation.resent': 'Einladung erneut gesendet',
  'reminder.sent-manually': 'Erinnerung von Hand gesendet',
  'form.handed-over': 'Formular übergeben',
  'accession.confirmed': 'Beitritt bestätigt',
  'accession.returned': 'Beitritt zurückgegeben',
  'accession.recorded': 'Beitritt auf Papier erfasst',
  'accession.imported': 'Beitritte importiert',
  'self-assessment.feedback': 'Rückmeldung zur Selbstbewertung',
  'retention.applied': 'Löschfristen angewendet',
  'records.link-sent': 'Link zu den Unterlagen gesendet',
  'records.links-revoked': 'Links zu den Unterlagen gesperrt',
  'consent.withdrawn': 'Einwilligung zur Veröffentlichung widerrufen',
  'consent.granted': 'Einwilligung zur Veröffentlichung erteilt',
  'privacy.requested': 'Datenschutzanfrage erfasst',
  'privacy.searched': 'Fundstellen einer Datenschutzanfrage ermittelt',
  'privacy.erasure-confirmed': 'Löschung beauftragt',
  'privacy.erased': 'Personenbezogene Daten gelöscht bzw. pseudonymisiert',
} as const satisfies Record<string, string>;

export const actionLabel = (action: string): string =>
  (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
