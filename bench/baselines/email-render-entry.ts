import { render, toPlainText } from '@react-email/render';
import { createElement } from 'react';
import { PLAIN_TEXT_OPTIONS } from '../../emails/_components/render';
import { makeMailTemplates } from '../../emails/index';

const { renderInvitation } = makeMailTemplates({ appBaseUrl: 'https://inklusion.example.org' });

/**
 * Run in a fresh process after bundling with the deployed options (bench/email-render.ts): the
 * first render (cold), then interleaved rounds of the invitation and of the baseline, a bare
 * `render` + `toPlainText` of one element carrying the same HTML.
 */
const ROUNDS = Number(process.env.ROUNDS ?? 200);
const props = {
  jobcenterName: 'Jobcenter Städteregion Aachen',
  campaignTitle: 'Beitritt zur Rahmenvereinbarung Inklusion',
  subject: 'Einladung zum Beitritt',
  letterBody:
    'Sehr geehrte Damen und Herren,\n\nmit der Rahmenvereinbarung Inklusion verbessern wir gemeinsam die berufliche Integration.\n\nBitte erklären Sie den Beitritt Ihres Jobcenters.',
  deadline: '2027-03-31',
  formUrl: 'https://inklusion.example.org/formular#t=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
  senderName: 'MAGS NRW, Referat II A 3',
  replyTo: 'inklusion@mags.example.org',
};

const now = () => performance.now();
let t = now();
const first = await renderInvitation(props);
const firstMs = now() - t;
const sameHtml = first.html.replace(/^<!DOCTYPE[^>]*>/, '');
const bare = async () => {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the bench's own rendered HTML, never user input
  const html = await render(createElement('div', { dangerouslySetInnerHTML: { __html: sameHtml } }));
  return toPlainText(html, PLAIN_TEXT_OPTIONS);
};
await bare();
const real: number[] = [];
const base: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  t = now();
  await renderInvitation(props);
  real.push(now() - t);
  t = now();
  await bare();
  base.push(now() - t);
}
const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
console.log(
  JSON.stringify({ firstMs, realMs: median(real), bareMs: median(base), htmlBytes: first.html.length }),
);
