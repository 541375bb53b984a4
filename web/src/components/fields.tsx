import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useState,
} from 'react';

/** Form fields in the GOV.UK shape: label, hint, error message, then the control. */
type FieldFrame = { id: string; label: ReactNode; hint?: ReactNode; error?: string | undefined };

type HintAndErrorProps = Pick<FieldFrame, 'id' | 'hint' | 'error'>;

const describedBy = ({ id, hint, error }: HintAndErrorProps & { label?: ReactNode }) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** The hint and error message under a label or legend, referenced by `describedBy`. */
function HintAndError({ id, hint, error }: HintAndErrorProps) {
  return (
    <>
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
    </>
  );
}

function Frame({ id, label, hint, error, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

type InputProps = FieldFrame &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> };

/**
 * A text input. `suffix` (e.g. "%") is shown after the input for sighted users only (GOV.UK
 * pattern): the label or hint must say the unit too.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  className,
  suffix,
  ...input
}: InputProps & { suffix?: string }) {
  const control = (
    <input
      {...input}
      id={id}
      className={['input', error ? 'input-error' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy({ id, label, hint, error })}
      aria-invalid={error ? true : undefined}
    />
  );
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      {suffix ? (
        <div className="input-wrapper">
          {control}
          <span className="input-suffix" aria-hidden="true">
            {suffix}
          </span>
        </div>
      ) : (
        control
      )}
    </Frame>
  );
}

/** The hint of a month field: the format, with an example. */
export const MONTH_HINT = 'Monat im Format JJJJ-MM, zum Beispiel 2027-04';

/**
 * A month typed as JJJJ-MM in a text field: the same in every browser (`type="month"` is not),
 * easy with the keyboard and with speech input. The hint names the format unless one is given.
 */
export function MonthField({ hint, className, ...props }: InputProps) {
  return (
    <TextField
      {...props}
      hint={hint ?? MONTH_HINT}
      autoComplete="off"
      inputMode="numeric"
      spellCheck={false}
      className={['input-width-month', className ?? ''].filter(Boolean).join(' ')}
    />
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

type TextAreaProps = FieldFrame &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> & {
    value: string;
    /** Shows a character count (GOV.UK pattern); longer text is allowed but marked as an error. */
    limit?: number;
  };

const countFormat = new Intl.NumberFormat('de-DE');

/** "Sie können noch 1.950 Zeichen eingeben" / "Sie haben 12 Zeichen zu viel eingegeben" */
export const characterCountText = (length: number, limit: number): string => {
  const left = limit - length;
  if (left >= 0) return `Sie können noch ${countFormat.format(left)} Zeichen eingeben.`;
  return `Sie haben ${countFormat.format(-left)} Zeichen zu viel eingegeben.`;
};

/**
 * A textarea with an optional character count. The visible count updates as you type; screen
 * readers hear it in a polite live region only after a pause, so typing is not interrupted.
 */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  limit,
  value,
  className,
  ...textarea
}: TextAreaProps) {
  const countId = `${id}-info`;
  const [announced, setAnnounced] = useState('');
  const countText = limit ? characterCountText(value.length, limit) : '';
  useEffect(() => {
    if (!limit) return;
    const t = setTimeout(() => setAnnounced(countText), 1000);
    return () => clearTimeout(t);
  }, [countText, limit]);
  const described = [describedBy({ id, label, hint, error }), limit ? countId : ''].filter(Boolean).join(' ');
  const over = limit !== undefined && value.length > limit;
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        {...textarea}
        id={id}
        value={value}
        className={['textarea', error || over ? 'input-error' : '', className ?? '']
          .filter(Boolean)
          .join(' ')}
        aria-describedby={described || undefined}
        aria-invalid={error || over ? true : undefined}
      />
      {limit ? (
        <>
          <div
            id={countId}
            className={over ? 'character-count character-count-over' : 'character-count hint'}
          >
            {countText}
          </div>
          <div className="visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      ) : null}
    </Frame>
  );
}

type ChoiceInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
};

/** One checkbox with its label (and hint) beside it; `error` marks the group around it. */
export function CheckboxField({
  id,
  label,
  hint,
  error,
  ...input
}: ChoiceInputProps & { error?: string | undefined }) {
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      {/* The hint stands beside the checkbox, below: only the error goes above it. */}
      <HintAndError id={id} error={error} />
      <div className="choice">
        <input
          {...input}
          id={id}
          type="checkbox"
          className="choice-input"
          aria-describedby={describedBy({ id, hint, error })}
          aria-invalid={error ? true : undefined}
        />
        <label className="choice-label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="hint choice-hint">
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/**
 * A group of radios in a fieldset. The first radio gets `id`, so an error summary link lands on
 * the group (GOV.UK pattern).
 */
export function RadioGroup<V extends string>({
  id,
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
  legendClassName,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly { value: V; label: ReactNode; hint?: ReactNode }[];
  value: V | undefined;
  onChange: (value: V) => void;
  legendClassName?: string;
}) {
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy({ id, hint, error })}>
        <legend className={legendClassName ?? 'legend-label'}>{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="choices">
          {options.map((option, i) => {
            const optionId = i === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  id={optionId}
                  type="radio"
                  className="choice-input"
                  name={name}
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                />
                <label className="choice-label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-hint`} className="hint choice-hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const GERMAN_DATE = /^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s*$/;

const validDate = (y: number, m: number, d: number): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** `10.11.2026` (or `2026-11-10`) → `2026-11-10`; anything else stays as typed (and fails validation). */
export const parseGermanDate = (text: string): string => {
  const german = GERMAN_DATE.exec(text);
  const iso = ISO_DATE.exec(text.trim());
  const [y, m, d] = german
    ? [Number(german[3]), Number(german[2]), Number(german[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  if (!y || !validDate(y, m, d)) return text;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

/** `2026-11-10` → `10.11.2026`; text that is not a date is shown as it is. */
export const germanDate = (value: string): string => {
  const iso = ISO_DATE.exec(value);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : value;
};

/**
 * A date typed as TT.MM.JJJJ in a text field: the same in every browser and language setting,
 * easy with the keyboard and with speech input. The value handed out is ISO (`2026-11-10`) once
 * the text is a valid date, otherwise the text itself, which the schema then rejects.
 */
export function DateField({
  value,
  onValueChange,
  className,
  ...props
}: Omit<InputProps, 'value' | 'onChange' | 'type'> & {
  value: string;
  onValueChange: (value: string) => void;
}) {
  return (
    <TextField
      {...props}
      type="text"
      inputMode="text"
      spellCheck={false}
      className={['input-width-date', className ?? ''].filter(Boolean).join(' ')}
      value={germanDate(value)}
      onChange={(e) => onValueChange(parseGermanDate(e.target.value))}
    />
  );
}
