/**
 * RFC 5322 / RFC 2047 mailboxes for the From header. SES takes the Source as a header value: a
 * display name with a comma, quote or umlaut must be a quoted-string or an encoded-word, or the
 * recipient sees two senders (`MAGS NRW` and `Referat II A 3 <…>`) or mojibake.
 */

// Control characters (incl. CR/LF, which would start a new header) never reach a header.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
/** Bytes of UTF-8 per encoded-word: `=?UTF-8?B?` + 60 base64 characters + `?=` = 72 ≤ 75 (RFC 2047 §2). */
const WORD_BYTES = 45;

const encodedWords = (name: string): string => {
  const words: string[] = [];
  let chunk = '';
  for (const ch of name) {
    if (Buffer.byteLength(chunk + ch) > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(' ');
};

/** A display name as header text: a quoted-string if ASCII, else RFC 2047 encoded-words (UTF-8, B). */
export const encodeDisplayName = (name: string): string => {
  const clean = name.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (/^[\x20-\x7e]*$/.test(clean)) return `"${clean.replace(/(["\\])/g, '\\$1')}"`;
  return encodedWords(clean);
};

/** `"Name" <address>`, or the bare address without a name. */
export const formatMailbox = (name: string | undefined, address: string): string => {
  const display = name?.replace(CONTROL, '').trim();
  return display ? `${encodeDisplayName(display)} <${address}>` : address;
};
