import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { navigate } from '../app/router';

export type SummaryError = { text: string; href?: string };

/**
 * Moves focus to the element a summary link points at and shows its label too. A link to a field
 * on another page (`/formular/schritt/…#f-…`) navigates there; that page focuses the field.
 */
export const focusTarget = (e: MouseEvent<HTMLAnchorElement>, href: string): void => {
  if (href.startsWith('/')) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
    return;
  }
  if (!href.startsWith('#')) return;
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  e.preventDefault();
  focusField(target);
};

/** Focuses a form field and scrolls its label (or legend) into view. */
export const focusField = (target: HTMLElement): void => {
  const label =
    (target.id ? document.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null) ??
    target.closest('fieldset')?.querySelector('legend');
  (label ?? target).scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
};

/**
 * A link from an error summary on another page (`…#f-field`) lands on a form page: focus that
 * field once the page is shown (after the app has moved focus to the heading or the summary).
 */
export const useFocusFieldFromHash = (): void => {
  useEffect(() => {
    const id = window.location.hash.slice(1);
    if (!/^f-[\w-]+$/.test(id)) return;
    const t = setTimeout(() => {
      const element = document.getElementById(id);
      if (element) focusField(element);
    }, 0);
    return () => clearTimeout(t);
  }, []);
};

/**
 * GOV.UK error summary: shown above the form, takes focus when it appears (or when the errors
 * change), and links every error to the field that needs fixing. With `attempt` (pages that clear
 * an error as its field is edited), it takes focus only when an error is added or the form is
 * submitted again: an error going away as the person types leaves focus in the field.
 */
export function ErrorSummary({
  errors,
  description,
  title = 'Es gibt ein Problem',
  attempt,
}: {
  errors: SummaryError[];
  description?: string;
  title?: string;
  /** Counts the submits: each one focuses the summary again, even with the same errors. */
  attempt?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<{ keys: Set<string>; attempt: number | undefined } | undefined>(undefined);
  const headingId = useId();
  const keys = errors.map((e) => `${description ?? ''}|${e.href}:${e.text}`);
  const focusKey = `${attempt ?? ''}#${keys.join('|')}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again whenever errors are added
  useEffect(() => {
    const before = shown.current;
    const added =
      attempt === undefined || !before || before.attempt !== attempt || keys.some((k) => !before.keys.has(k));
    shown.current = { keys: new Set(keys), attempt };
    if (added) ref.current?.focus();
  }, [focusKey]);

  return (
    <div ref={ref} className="error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 id={headingId} className="error-summary-title">
          {title}
        </h2>
        {description ? <p className="error-summary-description">{description}</p> : null}
        {errors.length > 0 ? (
          <ul className="error-summary-list">
            {errors.map((error) => (
              <li key={`${error.href}:${error.text}`}>
                {error.href ? (
                  <a href={error.href} onClick={(e) => focusTarget(e, error.href as string)}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
