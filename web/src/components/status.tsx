import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';

/** A polite live region for "loading…" and similar messages. */
export function Loading({ children = 'Wird geladen …' }: { children?: ReactNode }) {
  return (
    <p className="loading" role="status">
      {children}
    </p>
  );
}

/** An error that is not tied to a form field, e.g. a list that could not be loaded. */
export function Problem({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">
        {error.status === 403 ? 'Keine Berechtigung' : 'Das hat nicht funktioniert'}
      </h2>
      <p>{error.message}</p>
      {onRetry && error.status !== 403 && error.status !== 404 ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Erneut versuchen
        </button>
      ) : null}
    </div>
  );
}

export function Notice({
  title,
  children,
  kind = 'info',
  headingId,
}: {
  title: string;
  children?: ReactNode;
  kind?: 'info' | 'success';
  headingId?: string;
}) {
  return (
    <div className={`notice notice-${kind}`}>
      <h2 className="notice-title" id={headingId} tabIndex={headingId ? -1 : undefined}>
        {title}
      </h2>
      {children}
    </div>
  );
}

/**
 * A live region that is always in the page (so screen readers announce what appears in it) and
 * shows the success message of the last action, if any.
 */
export function SuccessStatus({ message }: { message?: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <div className="notice notice-success">
          <p>{message}</p>
        </div>
      ) : null}
    </div>
  );
}
