import { plainTextSelectors } from '@react-email/render';
import { compile } from 'html-to-text';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { oneLine } from './format';

export type RenderedEmail = { subject: string; html: string; text: string };

/**
 * Headings keep their case in the plain-text version (html-to-text would upper-case h1/h2), and so
 * do the header cells of data tables (`data-text-format="dataTable"`, e.g. Jobcenter names in a
 * row header); table rows stay on one line up to 200 characters per column.
 */
export const PLAIN_TEXT_OPTIONS = {
  selectors: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({
      selector,
      options: { uppercase: false },
    })),
    {
      selector: '[data-text-format="dataTable"]',
      options: { uppercaseHeaderCells: false, maxColumnWidth: 200 },
    },
  ],
};

/** The document type `@react-email/render` puts before every message (XHTML 1.0, as mail clients expect). */
const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/**
 * `toPlainText(html, PLAIN_TEXT_OPTIONS)` of `@react-email/render` (same options, same html-to-text
 * converter), with the options compiled once per process instead of on every call: compiling the
 * selectors is about a third of a message's text conversion (bench: email-render). Made on first
 * use, not at import, so handlers that import the templates without rendering do not pay for it.
 */
let htmlToText: ((html: string) => string) | undefined;
const toPlainText = (html: string): string => {
  htmlToText ??= compile({
    wordwrap: false,
    ...PLAIN_TEXT_OPTIONS,
    selectors: [...plainTextSelectors, ...PLAIN_TEXT_OPTIONS.selectors],
  });
  return htmlToText(html);
};

/**
 * Renders a message once and derives the plain-text version from that HTML, as
 * `render(el, { plainText: true })` does. The HTML comes from React's synchronous static renderer
 * instead of `render`'s streaming one: the templates have no Suspense, images or client code, so
 * the markup is the same without the stream's text separators, in less time (bench: email-render).
 */
export const renderEmail = async (subject: string, element: ReactElement): Promise<RenderedEmail> => {
  const html = `${DOCTYPE}${renderToStaticMarkup(element).replace(/^<!DOCTYPE.*?>/, '')}`;
  const text = toPlainText(html);
  return { subject: oneLine(subject), html, text };
};
