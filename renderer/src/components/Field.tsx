// Runs in the renderer. Form fields that save every change at once and keep the text on screen while saving.
import { type ReactElement, type ReactNode, useId } from 'react';
import { useDraft } from '../hooks/useDraft';

type TextProps = {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date';
  hint?: string;
  maxLength?: number;
};

export function TextField({ label, value, onSave, multiline, type = 'text', hint, maxLength = 2000 }: TextProps): ReactElement {
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  const change = (next: string): void => {
    setDraft(next);
    onSave(next);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea id={id} value={draft} maxLength={maxLength} rows={3} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => change(e.target.value)} />
      ) : (
        <input id={id} type={type} value={draft} maxLength={maxLength} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => change(e.target.value)} />
      )}
    </div>
  );
}

type SelectProps = {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onSave: (value: string) => void;
  hint?: string;
};

export function SelectField({ label, value, options, onSave, hint }: SelectProps): ReactElement {
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={id}
        value={draft}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          onSave(e.target.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }): ReactElement {
  return (
    <fieldset className="group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
