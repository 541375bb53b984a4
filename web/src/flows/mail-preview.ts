/**
 * The invitation's HTML for the sandboxed preview frame. A `srcdoc` frame inherits this app's
 * Content-Security-Policy (`style-src 'self'`), so the e-mail's inline styles would be blocked
 * anyway, with one console error each. They are removed here, before any parsing (even an inert
 * DOMParser document reports them), together with what only the styles hid (the preheader).
 * The e-mail HTML comes from our own templates (react-email: double-quoted attributes).
 */
const HIDDEN = /\sstyle="[^"]*display:\s*none[^"]*"/gi;
const INLINE_STYLE = /\sstyle="[^"]*"/gi;
const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style>/gi;

export const previewDocument = (html: string): string => {
  const unstyled = html
    .replace(STYLE_ELEMENT, '')
    .replace(HIDDEN, ' data-preview-hidden=""')
    .replace(INLINE_STYLE, '');
  const doc = new DOMParser().parseFromString(unstyled, 'text/html');
  for (const element of doc.querySelectorAll('[data-preview-hidden], script, link[rel="stylesheet"]'))
    element.remove();
  return `<!doctype html>${doc.documentElement.outerHTML}`;
};
