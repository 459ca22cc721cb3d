// A labelled slider with a number field beside it; keyboard: arrows, Page Up/Down (10 steps), Home/End.
import { t } from '../i18n';
import { Contained } from './Contained';
import { decimalsOf, snapToStep } from '../lib/number';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface RangeFieldProps {
  label: string;
  help: string;
  /** Shown after the value: '%', '×', 'ε'. */
  unit: string;
  /** Read aloud after the value ("percent"). */
  unitName: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (value: number) => void;
  /** Marks a value that differs from the preset. */
  changed?: boolean;
  /** Beside the label (outside it, so it is not part of the slider's name): a glossary button. */
  labelExtra?: ReactNode;
  /** Extra line under the label (in-force date, observed share). */
  note?: ReactNode;
  disabled?: boolean;
}

export function RangeField(props: RangeFieldProps) {
  const { label, help, unit, unitName, min, max, step, value, onChange, changed, note, disabled, labelExtra } = props;
  const id = useId();
  const shown = Number(value.toFixed(Math.max(decimalsOf(step), 2)));
  // What the person is typing, while they type; otherwise the field shows the value.
  const [draft, setDraft] = useState<string | null>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    // Chromium moves a native range by one step on Page Up/Down; people expect a bigger jump.
    if (e.key !== 'PageUp' && e.key !== 'PageDown') return;
    e.preventDefault();
    onChange(snapToStep(value + (e.key === 'PageUp' ? 10 : -10) * step, min, max, step));
  };

  const commitDraft = (text: string) => {
    const v = Number(text);
    if (text.trim() !== '' && Number.isFinite(v)) onChange(Math.min(max, Math.max(min, v)));
  };

  return (
    <div className={`range-field${changed ? ' is-changed' : ''}`}>
      <div className="range-head">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {labelExtra}
        {changed && (
          <span className="changed-marker" title={t('field.changedTitle')}>
            {t('field.changed')}
          </span>
        )}
      </div>
      {note && <div className="range-note">{note}</div>}
      {/* The slider's thumb moves on every step: its layout stays in this box. */}
      <Contained>
        <div className="range-inputs">
          <input
            id={id}
            type="range"
            min={min}
            max={max}
            step={step}
            value={value}
            disabled={disabled}
            aria-describedby={`${id}-help`}
            aria-valuetext={`${shown} ${unitName}`}
            onKeyDown={onKeyDown}
            onChange={(e) => onChange(Number(e.target.value))}
          />
          <span className="number-with-unit">
            <input
              type="number"
              inputMode="decimal"
              min={min}
              max={max}
              step={step}
              value={draft ?? String(shown)}
              disabled={disabled}
              aria-label={unitName ? t('field.inPercentOf', { label, unit: unitName }) : label}
              onChange={(e) => {
                setDraft(e.target.value);
                const v = Number(e.target.value);
                if (e.target.value.trim() !== '' && Number.isFinite(v) && v >= min && v <= max) onChange(v);
              }}
              onBlur={(e) => {
                commitDraft(e.target.value);
                setDraft(null);
              }}
            />
            <span aria-hidden="true">{unit}</span>
          </span>
        </div>
      </Contained>
      <p id={`${id}-help`} className="help">
        {help}
      </p>
    </div>
  );
}
