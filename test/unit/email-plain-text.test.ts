import { toPlainText } from '@react-email/render';
import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT_OPTIONS } from '../../emails/_components/render';
import { MAIL_TEMPLATES, makeMailTemplates } from '../../emails/index';

const render = makeMailTemplates({ appBaseUrl: 'https://inklusion.example.org' });
const names = Object.keys(MAIL_TEMPLATES) as (keyof typeof MAIL_TEMPLATES)[];
const renderPreview = (name: (typeof names)[number]) => {
  const props = MAIL_TEMPLATES[name].component.PreviewProps;
  const renderer = render[name] as (p: typeof props) => ReturnType<(typeof render)[typeof name]>;
  return renderer(props);
};

/**
 * The text version comes from a converter compiled once per process (emails/_components/render.ts);
 * it must give what `@react-email/render`'s `toPlainText` gives for the same HTML and options.
 */
describe('plain-text version of every e-mail', () => {
  it.each(names)('%s: the same text as toPlainText of its HTML', async (name) => {
    // Act
    const mail = await renderPreview(name);

    // Assess
    expect(mail.text.length).toBeGreaterThan(200);
    expect(mail.text).toBe(toPlainText(mail.html, PLAIN_TEXT_OPTIONS));
  });

  it('keeps no state between messages (each template again, in reverse order)', async () => {
    for (const name of [...names].reverse()) {
      const mail = await renderPreview(name);
      expect(mail.text, name).toBe(toPlainText(mail.html, PLAIN_TEXT_OPTIONS));
    }
  });
});
