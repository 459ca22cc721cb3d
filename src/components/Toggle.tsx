// An on/off switch (role="switch") with a visible label and help text.
import { useId } from 'react';
import { t } from '../i18n';

export interface ToggleProps {
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  changed?: boolean;
  prominent?: boolean;
}

export function Toggle({ label, help, checked, onChange, changed, prominent }: ToggleProps) {
  const id = useId();
  return (
    <div className={`toggle-field${prominent ? ' is-prominent' : ''}${changed ? ' is-changed' : ''}`}>
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby={`${id}-help`}
        className="switch"
        onClick={() => onChange(!checked)}
      >
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="field-label">{label}</span>
        <span className="switch-state">{checked ? t('field.on') : t('field.off')}</span>
      </button>
      {changed && (
        <span className="changed-marker" title={t('field.changedTitle')}>
          {t('field.changed')}
        </span>
      )}
      <p id={`${id}-help`} className="help">
        {help}
      </p>
    </div>
  );
}
