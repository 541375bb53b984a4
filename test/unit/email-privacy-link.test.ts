import { describe, expect, it } from 'vitest';
import { MAIL_TEMPLATES, makeMailTemplates } from '../../emails/index';

const render = makeMailTemplates({ appBaseUrl: 'https://inklusion.nrw.example/' });
const PRIVACY = 'https://inklusion.nrw.example/datenschutz';

describe('privacy link in every e-mail', () => {
  const names = Object.keys(MAIL_TEMPLATES) as (keyof typeof MAIL_TEMPLATES)[];

  it('covers every template of the registry', () => {
    expect(names.length).toBeGreaterThanOrEqual(11);
    expect(Object.keys(render).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s links to the privacy notice at the app URL in HTML and text', async (name) => {
    // Prepare: the template's own preview props, rendered through the registry's renderer.
    const props = MAIL_TEMPLATES[name].component.PreviewProps;
    const renderer = render[name] as (p: typeof props) => ReturnType<(typeof render)[typeof name]>;

    // Act
    const mail = await renderer(props);

    // Assess: a real link in HTML, the address written out in the text version.
    expect(mail.html).toContain(`href="${PRIVACY}"`);
    expect(mail.html).toContain('Hinweise zum Datenschutz');
    expect(mail.text).toContain('Hinweise zum Datenschutz');
    expect(mail.text).toContain(PRIVACY);
    expect(mail.html).not.toContain('inklusion.example.org/datenschutz');
  });
});
