import { type ReactNode, useEffect } from 'react';
import { APP_NAME } from '../labels';

/** The document title of a page; with errors it starts with "Fehler: " (GOV.UK pattern). */
export const documentTitle = (title: string, hasErrors = false): string =>
  `${hasErrors ? 'Fehler: ' : ''}${title} – ${APP_NAME}`;

/** Sets the document title (`documentTitle`). */
export const usePageTitle = (title: string, hasErrors = false): void => {
  useEffect(() => {
    document.title = documentTitle(title, hasErrors);
  }, [title, hasErrors]);
};

/**
 * The page's h1. After a client-side navigation the app moves focus here, so screen reader users
 * hear where they are (tabIndex -1: focusable by script, not in the tab order).
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <>
      {caption ? <p className="page-caption">{caption}</p> : null}
      <h1 className="page-heading" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}

export function PageTitle({ title, hasErrors = false }: { title: string; hasErrors?: boolean }) {
  usePageTitle(title, hasErrors);
  return null;
}
