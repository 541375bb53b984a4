/**
 * The invitation's HTML for the sandboxed preview frame. A `srcdoc` frame inherits this app's
 * Content-Security-Policy (`style-src 'self'`), so the e-mail's inline styles would be blocked
 * anyway (one console error each). They are removed here instead, together with what only the
 * styles hid (the preheader), and a plain, readable stylesheet-free document remains.
 */
export const previewDocument = (html: string): string => {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const hidden of doc.querySelectorAll<HTMLElement>('[style*="display:none"], [style*="display: none"]'))
    hidden.remove();
  for (const style of doc.querySelectorAll('style, link[rel="stylesheet"], script')) style.remove();
  for (const element of doc.querySelectorAll('[style]')) element.removeAttribute('style');
  return `<!doctype html>${doc.documentElement.outerHTML}`;
};
