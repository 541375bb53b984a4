/** An e-mail address as compared and keyed everywhere: trimmed, lower case, without a display name. */
export const normaliseAddress = (address: string) =>
  address
    .trim()
    .toLowerCase()
    .replace(/^.*<([^>]+)>.*$/, '$1');
