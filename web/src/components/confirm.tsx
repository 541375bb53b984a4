import { type ReactNode, useEffect, useId, useRef } from 'react';

/**
 * An inline confirmation for actions that cannot be undone (start, close, resend). It takes focus
 * when it appears; "Abbrechen" returns focus to the button that opened it (the caller's job).
 */
export function ConfirmPanel({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
  warning = false,
}: {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  warning?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className={`notice confirm ${warning ? 'notice-warning' : ''}`} aria-labelledby={id}>
      <h3 className="notice-title" id={id} ref={ref} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <div className="button-group">
        <button
          type="button"
          className={warning ? 'button button-warning' : 'button'}
          onClick={onConfirm}
          disabled={busy}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>
          Abbrechen
        </button>
      </div>
    </section>
  );
}
