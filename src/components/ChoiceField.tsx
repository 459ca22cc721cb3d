// A group of radio buttons with a legend and help text (native keyboard: arrows move the choice).
import { useId, type ReactNode } from 'react';
import { t } from '../i18n';

export interface ChoiceFieldProps<T extends string> {
  label: string;
  help: string;
  /** After the legend's text: a glossary button. */
  labelExtra?: ReactNode;
  value: T;
  options: readonly { value: T; label: ReactNode }[];
  onChange: (value: T) => void;
  changed?: boolean;
}

export function ChoiceField<T extends string>({
  label,
  help,
  value,
  options,
  onChange,
  changed,
  labelExtra,
}: ChoiceFieldProps<T>) {
  const name = useId();
  return (
    <fieldset className={`choice-field${changed ? ' is-changed' : ''}`} aria-describedby={`${name}-help`}>
      <legend className="field-label">
        {label}
        {labelExtra}
        {changed && (
          <span className="changed-marker" title={t('field.changedTitle')}>
            {t('field.changed')}
          </span>
        )}
      </legend>
      <div className="choice-options">
        {options.map((o) => (
          <label key={o.value} className="choice-option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <p id={`${name}-help`} className="help">
        {help}
      </p>
    </fieldset>
  );
}
