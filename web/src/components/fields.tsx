import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes } from 'react';

/** Form fields in the GOV.UK shape: label, hint, error message, then the control. */
type FieldFrame = { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined };

const describedBy = ({ id, hint, error }: FieldFrame) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

function Frame({ id, label, hint, error, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">Fehler: </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

type InputProps = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> };

export function TextField({ id, label, hint, error, className, ...input }: InputProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        className={['input', error ? 'input-error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy({ id, label, hint, error })}
        aria-invalid={error ? true : undefined}
      />
    </Frame>
  );
}

export function FileField({ id, label, hint, error, ref, ...input }: InputProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        ref={ref}
        type="file"
        id={id}
        className={error ? 'file-input input-error' : 'file-input'}
        aria-describedby={describedBy({ id, label, hint, error })}
        aria-invalid={error ? true : undefined}
      />
    </Frame>
  );
}

type SelectProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: { value: string; label: string }[] };

export function SelectField({ id, label, hint, error, options, ...select }: SelectProps) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select
        {...select}
        id={id}
        className={error ? 'select input-error' : 'select'}
        aria-describedby={describedBy({ id, label, hint, error })}
        aria-invalid={error ? true : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}
