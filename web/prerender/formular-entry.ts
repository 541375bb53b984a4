import { createHash } from 'node:crypto';
import { WEB_PATHS } from '../../functions/shared/web-paths';
import { LINK_TOKEN_PATTERN, SELF_ASSESSMENT_LINK_PATTERN } from '../src/flows/form-link';

/**
 * The prerendered entry of the Jobcenter's form: the build writes FORMULAR_HTML next to
 * index.html (formular-html.tsx); CloudFront (infra/constructs/web-hosting.ts) and
 * the local server (local/http-server.ts) answer exactly FORMULAR_PATH with it. Free of React, so
 * that infra and the local server may import it.
 */
export const FORMULAR_HTML = 'formular.html';
export const FORMULAR_PATH = WEB_PATHS.form;

/** The id of the `<template>` in formular.html that holds the self-assessment's first page. */
export const SELF_ASSESSMENT_TEMPLATE_ID = 'formular-selbstbewertung';

/**
 * The one inline script of the prerendered /formular page (formular-html.tsx). It
 * runs before the first paint and picks what the app will show for the address: the accession's
 * first page (already in #root), the self-assessment's (from the template), or nothing at all
 * when the address carries no personal link (the app then renders the form from its session).
 * The app's script is loaded from here, after the first frame (the build moved it out of the head
 * into `data-app-script`/`data-app-preload`): the page is drawn before the app is evaluated. A
 * click on a button before the app has taken over is noted in `data-pending-click`; main.tsx
 * replays it once the app is there, so "Formular öffnen" pressed early is not lost.
 * The Content-Security-Policy allows exactly this script by its hash (infra/web-headers.ts).
 */
export const FORM_VARIANT_SCRIPT = `(function () {
  var root = document.getElementById('root');
  var hash = location.hash;
  var loadApp = function () {
    var preloads = (root.getAttribute('data-app-preload') || '').split(' ').filter(Boolean);
    preloads.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    });
    var script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = root.getAttribute('data-app-script');
    document.head.append(script);
  };
  if (!${LINK_TOKEN_PATTERN}.test(hash)) {
    root.removeAttribute('data-prerendered');
    root.textContent = '';
    loadApp();
    return;
  }
  if (${SELF_ASSESSMENT_LINK_PATTERN}.test(hash)) {
    var page = document.getElementById('${SELF_ASSESSMENT_TEMPLATE_ID}');
    root.replaceChildren(page.content.cloneNode(true));
    document.title = page.getAttribute('data-title');
  }
  root.addEventListener('click', function (event) {
    var button = event.target.closest('button[id]');
    if (button && root.hasAttribute('data-prerendered')) root.setAttribute('data-pending-click', button.id);
  });
  if (document.visibilityState === 'hidden') loadApp();
  else requestAnimationFrame(function () { setTimeout(loadApp, 0); });
})();`;

/** A CSP source expression allowing exactly `script` inline. */
export const cspHash = (script: string): string =>
  `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
