import type { ReactNode } from 'react';
import type { ApiError } from '../api/client';
import { Problem } from './status';

/**
 * A bad value in the address (400) of a filtered page: the server's messages name the parameter;
 * `children` say how to choose again. Any other failure is shown as a `Problem`.
 */
export function AddressProblem({
  error,
  onRetry,
  title,
  children,
}: {
  error: ApiError;
  onRetry: () => void;
  title: string;
  children: ReactNode;
}) {
  if (error.status !== 400 || error.fields.length === 0) return <Problem error={error} onRetry={onRetry} />;
  return (
    <div className="notice notice-error" role="alert">
      <h2 className="notice-title">{title}</h2>
      <ul className="list list-bullet">
        {error.fields.map((f) => (
          <li key={f.field}>{f.message}</li>
        ))}
      </ul>
      <p>{children}</p>
    </div>
  );
}
