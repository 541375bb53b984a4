/**
 * The standard PDF font Helvetica with WinAnsiEncoding: how a Unicode string becomes bytes a PDF
 * viewer shows (umlauts and ß included), and how wide each byte is (the font's metrics, in
 * thousandths of the font size), so lines can be wrapped without embedding a font.
 */

/** WinAnsi bytes 0x80–0x9F that differ from Latin-1 (0xA0–0xFF equal Latin-1, 0x20–0x7E ASCII). */
const SPECIALS: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** Spaces and dashes without a WinAnsi byte of their own, shown as their nearest relative. */
const NEAREST: Record<string, string> = {
  '\u00a0': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2032': "'",
};

/** The WinAnsi bytes of a text; characters Helvetica cannot show become `?`. */
export const encodeWinAnsi = (text: string): number[] => {
  const bytes: number[] = [];
  for (const raw of text.normalize('NFC')) {
    const ch = NEAREST[raw] ?? raw;
    const code = ch.codePointAt(0) ?? 0x3f;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else bytes.push(SPECIALS[ch] ?? 0x3f);
  }
  return bytes;
};

/** Helvetica advance widths for 0x20–0x7E (Adobe AFM). */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** 0x80–0x9F (unassigned bytes never occur: the encoder does not produce them). */
const SPECIAL_WIDTHS = [
  556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222, 333, 333, 350,
  556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
];
/** 0xA0–0xFF (Latin-1 part). */
const LATIN1_WIDTHS = [
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333,
  556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667,
  667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
  611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556,
  556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

/**
 * Helvetica-Bold is a little wider than Helvetica; wrapping bold text with the regular metrics
 * scaled by this factor keeps every bold line inside the margin.
 */
const BOLD_FACTOR = 1.1;

const byteWidth = (b: number): number =>
  b >= 0x20 && b <= 0x7e
    ? (ASCII_WIDTHS[b - 0x20] ?? 556)
    : b >= 0x80 && b <= 0x9f
      ? (SPECIAL_WIDTHS[b - 0x80] ?? 556)
      : b >= 0xa0
        ? (LATIN1_WIDTHS[b - 0xa0] ?? 556)
        : 556;

/** Width of a text in points at a font size. */
export const textWidth = (text: string, size: number, bold = false): number =>
  (encodeWinAnsi(text).reduce((sum, b) => sum + byteWidth(b), 0) * size * (bold ? BOLD_FACTOR : 1)) / 1000;

/**
 * A PDF literal string of the text: `(`, `)` and `\` escaped, every byte outside printable ASCII
 * as an octal escape, so the content stream itself stays 7-bit.
 */
export const pdfString = (text: string): string =>
  `(${encodeWinAnsi(text)
    .map((b) =>
      b === 0x28 || b === 0x29 || b === 0x5c
        ? `\\${String.fromCharCode(b)}`
        : b >= 0x20 && b <= 0x7e
          ? String.fromCharCode(b)
          : `\\${b.toString(8).padStart(3, '0')}`,
    )
    .join('')})`;
