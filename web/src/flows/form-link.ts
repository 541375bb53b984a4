/**
 * What the personal link carries in its URL fragment (`/formular#t=…`, never sent to a server).
 * Kept apart from the session flow so that the form's first page needs no API code.
 */
export const linkTokenFromHash = (hash: string): string | undefined => {
  const match = /^#t=([^&]{1,100})/.exec(hash);
  return match?.[1];
};

/**
 * What the link is for, before it is exchanged: `#t=…&art=selbstbewertung` opens with the
 * self-assessment's introduction; a link without it is taken as the accession form's.
 */
export const linkKindFromHash = (hash: string): 'beitritt' | 'selbstbewertung' =>
  /[#&]art=selbstbewertung(?:&|$)/.test(hash) ? 'selbstbewertung' : 'beitritt';
