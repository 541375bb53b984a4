/**
 * What the personal link carries in its URL fragment (`/formular#t=…`, never sent to a server).
 * Kept apart from the session flow so that the form's first page needs no API code. The
 * prerendered /formular page's inline script (web/prerender/formular-entry.ts) uses the same
 * patterns before the app runs.
 */
export const LINK_TOKEN_PATTERN = /^#t=([^&]{1,100})/;
export const SELF_ASSESSMENT_LINK_PATTERN = /[#&]art=selbstbewertung(?:&|$)/;

export const linkTokenFromHash = (hash: string): string | undefined => {
  const match = LINK_TOKEN_PATTERN.exec(hash);
  return match?.[1];
};

/**
 * What the link is for, before it is exchanged: `#t=…&art=selbstbewertung` opens with the
 * self-assessment's introduction; a link without it is taken as the accession form's.
 */
export const linkKindFromHash = (hash: string): 'beitritt' | 'selbstbewertung' =>
  SELF_ASSESSMENT_LINK_PATTERN.test(hash) ? 'selbstbewertung' : 'beitritt';
