import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { App } from '../src/app/app';
import { renderAt } from '../src/app/router';
import { documentTitle } from '../src/components/page';
import { INTRO_TITLES } from '../src/pages/form-open-page';
import { FORM_VARIANT_SCRIPT, FORMULAR_HTML, SELF_ASSESSMENT_TEMPLATE_ID } from './formular-entry';

const NO_SCRIPT =
  '<noscript><p class="container">Diese Anwendung benötigt JavaScript. Bitte aktivieren Sie JavaScript in Ihrem Browser.</p></noscript>';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The whole app as the browser's first render draws it for a personal link of that kind. */
const renderIntro = (kind: 'beitritt' | 'selbstbewertung'): string => {
  renderAt(kind === 'selbstbewertung' ? '/formular#t=link&art=selbstbewertung' : '/formular#t=link');
  // The config only matters to signed-in staff (sign-out); a form link is never signed in.
  return renderToString(<App config={{ auth: 'local' }} />);
};

/**
 * /formular with its first page already in the HTML: a Jobcenter sees the introduction and
 * "Formular öffnen" as soon as HTML and CSS are there, before the app's script has loaded. #root
 * holds the accession's page, a template the self-assessment's; the inline variant script picks
 * one by the link's fragment before the first paint and loads the app after it; main.tsx then
 * hydrates what it left.
 */
export const formularHtml = (indexHtml: string): string => {
  const root = /<div id="root">[\s\S]*?<\/div>/;
  if (!root.test(indexHtml)) throw new Error('index.html: <div id="root"> is missing');
  // The app's entry and the chunks it imports: loaded by the variant script after the first frame.
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/;
  const preload = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
  const appScript = entry.exec(indexHtml)?.[1];
  if (!appScript) throw new Error("index.html: the app's module script is missing");
  const appPreloads = [...indexHtml.matchAll(preload)].map((m) => m[1]);
  const body = [
    NO_SCRIPT,
    `<div id="root" data-prerendered="formular" data-app-script="${escapeAttribute(appScript)}" data-app-preload="${escapeAttribute(appPreloads.join(' '))}">${renderIntro('beitritt')}</div>`,
    `<template id="${SELF_ASSESSMENT_TEMPLATE_ID}" data-title="${escapeAttribute(documentTitle(INTRO_TITLES.selbstbewertung))}">${renderIntro('selbstbewertung')}</template>`,
    `<script>${FORM_VARIANT_SCRIPT}</script>`,
  ].join('\n    ');
  return indexHtml
    .replace(entry, '')
    .replace(preload, '')
    .replace(/<title>[^<]*<\/title>/, `<title>${documentTitle(INTRO_TITLES.beitritt)}</title>`)
    .replace(root, () => body);
};

/** The build step (web/vite.config.ts): writes formular.html from the built index.html. */
export const writeFormularHtml = (distDir: string): void => {
  const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
  writeFileSync(join(distDir, FORMULAR_HTML), formularHtml(indexHtml));
};
