import { useId, useState } from 'react';

type Props = {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  error?: string | undefined;
  hint?: string | undefined;
  invalidText: string;
};

/** Accepts "1,5" as Swedish Excel users write it, as well as "1.5". */
function parse(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/**
 * A labelled number input that lets the organiser clear and retype it: the
 * text is kept as typed, and a valid number is passed on at once.
 */
export function NumberField({
  label,
  value,
  min,
  max,
  onChange,
  error,
  hint,
  invalidText,
}: Props): React.JSX.Element {
  const id = useId();
  const shown = String(value).replace('.', ',');
  // While the field has focus it shows what was typed; otherwise the value.
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? shown;
  const parsed = parse(text);
  const invalid = parsed === null || parsed < min || parsed > max;
  const message = invalid ? invalidText : error;
  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="text-field number-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={message ? true : undefined}
        aria-describedby={describedBy || undefined}
        onFocus={() => setDraft(shown)}
        onBlur={() => setDraft(null)}
        onChange={(e) => {
          setDraft(e.target.value);
          const n = parse(e.target.value);
          if (n !== null && n >= min && n <= max) onChange(n);
        }}
      />
      {message && (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      )}
    </div>
  );
}
