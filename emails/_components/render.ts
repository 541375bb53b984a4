import { render, toPlainText } from '@react-email/render';
import type { ReactElement } from 'react';
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

/**
 * Renders a message once and derives the plain-text version from that HTML. This is exactly what
 * `render(el, { plainText: true })` does internally, without rendering the React tree twice.
 */
export const renderEmail = async (subject: string, element: ReactElement): Promise<RenderedEmail> => {
  const html = await render(element);
  const text = toPlainText(html, PLAIN_TEXT_OPTIONS);
  return { subject: oneLine(subject), html, text };
};
