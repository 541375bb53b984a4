import { pdfString, textWidth } from './win-ansi';

/**
 * A small PDF writer for text documents (PDF 1.4, no dependencies): title, headings, paragraphs,
 * label/value fields, wrapped to the page width and paginated on A4, with a footer line and page
 * numbers on every page. Fonts are the standard Helvetica and Helvetica-Bold with WinAnsiEncoding
 * (nothing embedded), so German text with umlauts and ß shows in every viewer.
 */
export type PdfBlock =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'small'; text: string }
  | { type: 'field'; label: string; value: string };

export type PdfDocument = {
  /** The document's title in the viewer (Info dictionary). */
  title: string;
  blocks: readonly PdfBlock[];
  /** Printed at the bottom of every page, before "Seite n von m" (e.g. the receipt number). */
  footer: string;
  createdAt: Date;
};

const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN = { left: 56, right: 56, top: 64, bottom: 72 } as const;
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FIELD_INDENT = 14;

type Style = { size: number; bold: boolean; before: number; after: number; indent?: number };
const STYLES: Record<'title' | 'heading' | 'subheading' | 'paragraph' | 'small' | 'label' | 'value', Style> =
  {
    title: { size: 16, bold: true, before: 0, after: 10 },
    heading: { size: 13, bold: true, before: 14, after: 4 },
    subheading: { size: 11, bold: true, before: 10, after: 2 },
    paragraph: { size: 10, bold: false, before: 0, after: 6 },
    small: { size: 8.5, bold: false, before: 0, after: 6 },
    label: { size: 10, bold: true, before: 2, after: 0 },
    value: { size: 10, bold: false, before: 0, after: 5, indent: FIELD_INDENT },
  };
const leading = (style: Style) => style.size * 1.35;

/** Breaks one paragraph (no newlines) into lines of at most `width` points; overlong words are split. */
export const wrapText = (text: string, width: number, size: number, bold = false): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/).filter((w) => w !== '')) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (textWidth(rest, size, bold) > width) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), size, bold) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
};

type PlacedLine = { x: number; y: number; size: number; bold: boolean; text: string };

/** Lays the blocks out on pages: each page a list of lines with their position and font. */
export const layoutPages = (blocks: readonly PdfBlock[]): PlacedLine[][] => {
  const pages: PlacedLine[][] = [[]];
  let y = PAGE.height - MARGIN.top;
  const current = () => pages[pages.length - 1] as PlacedLine[];
  const newPage = () => {
    pages.push([]);
    y = PAGE.height - MARGIN.top;
  };
  const atTop = () => y === PAGE.height - MARGIN.top;

  /** Places a text in a style; `keepLines` more lines must fit after it (a heading keeps with its text). */
  const place = (text: string, style: Style, keepLines = 0) => {
    const indent = style.indent ?? 0;
    const lh = leading(style);
    if (!atTop()) y -= style.before;
    const paragraphs = text.replace(/\r\n?/g, '\n').split('\n');
    paragraphs.forEach((paragraph, p) => {
      const lines = wrapText(paragraph, CONTENT_WIDTH - indent, style.size, style.bold);
      lines.forEach((line, i) => {
        const needed = lh * (1 + (i === lines.length - 1 && p === paragraphs.length - 1 ? keepLines : 0));
        if (y - needed < MARGIN.bottom && !atTop()) newPage();
        y -= lh;
        if (line !== '')
          current().push({ x: MARGIN.left + indent, y, size: style.size, bold: style.bold, text: line });
      });
    });
    y -= style.after;
  };

  for (const block of blocks) {
    switch (block.type) {
      case 'title':
        place(block.text, STYLES.title);
        break;
      case 'heading':
        place(block.text, STYLES.heading, 2);
        break;
      case 'subheading':
        place(block.text, STYLES.subheading, 1);
        break;
      case 'paragraph':
        place(block.text, STYLES.paragraph);
        break;
      case 'small':
        place(block.text, STYLES.small);
        break;
      case 'field':
        place(block.label, STYLES.label, 1);
        place(block.value === '' ? '–' : block.value, STYLES.value);
        break;
    }
  }
  return pages;
};

const fmt = (n: number) => (Math.round(n * 100) / 100).toString();

const pageContent = (lines: readonly PlacedLine[], footer: string, n: number, total: number): string => {
  const ops: string[] = [];
  for (const l of lines)
    ops.push(
      `BT /${l.bold ? 'F2' : 'F1'} ${fmt(l.size)} Tf ${fmt(l.x)} ${fmt(l.y)} Td ${pdfString(l.text)} Tj ET`,
    );
  const pageLabel = `Seite ${n} von ${total}`;
  const footerY = MARGIN.bottom - 36;
  const footerText = wrapText(footer, CONTENT_WIDTH - textWidth(pageLabel, 8) - 12, 8)[0] ?? '';
  ops.push(`BT /F1 8 Tf ${fmt(MARGIN.left)} ${fmt(footerY)} Td ${pdfString(footerText)} Tj ET`);
  ops.push(
    `BT /F1 8 Tf ${fmt(PAGE.width - MARGIN.right - textWidth(pageLabel, 8))} ${fmt(footerY)} Td ${pdfString(pageLabel)} Tj ET`,
  );
  return `${ops.join('\n')}\n`;
};

/** PDF date string, e.g. `D:20270314093000Z`. */
const pdfDate = (d: Date) => `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

/**
 * Serialises the document: catalog, page tree, the two fonts, info, then per page its page object
 * and content stream; a cross-reference table with each object's byte offset and the trailer.
 */
export const writePdf = (doc: PdfDocument): Buffer => {
  const pages = layoutPages(doc.blocks);
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 6 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  objects[5] = `<< /Title ${pdfString(doc.title)} /Producer (Rahmenvereinbarung Inklusion) /CreationDate ${pdfString(pdfDate(doc.createdAt))} >>`;
  pages.forEach((lines, i) => {
    const id = pageIds[i] as number;
    const content = pageContent(lines, doc.footer, i + 1, pages.length);
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${fmt(PAGE.width)} ${fmt(PAGE.height)}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`;
  });

  // Everything above is 7-bit ASCII (pdfString escapes the rest), so string length = byte length.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
};
