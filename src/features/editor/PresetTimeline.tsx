// The real 2025–26 policy path as a dated timeline; choosing a step sets every control. Plus reset.
import { PRESET_IDS, presets } from '../../model/presets';
import { changedFromPreset } from '../../state/scenarioSlice';
import { useAppStore } from '../../state/store';
import { PARAM_BY_KEY } from '../../state/parameters';

const dateFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

export function PresetTimeline() {
  const presetId = useAppStore((s) => s.presetId);
  const applyPreset = useAppStore((s) => s.applyPreset);
  const resetToPreset = useAppStore((s) => s.resetToPreset);
  // A string, so that the timeline re-renders only when the set of changed settings changes.
  const changedKeys = useAppStore((s) => changedFromPreset(s.scenario, s.presetId).join(','));
  const changed = changedKeys ? (changedKeys.split(',') as (keyof typeof PARAM_BY_KEY)[]) : [];

  return (
    <nav className="timeline" aria-label="Policy timeline presets">
      <ol>
        {PRESET_IDS.map((id) => {
          const p = presets[id];
          return (
            <li key={id}>
              <button
                type="button"
                aria-pressed={presetId === id}
                className={`timeline-step${p.hypothetical ? ' is-hypothetical' : ''}`}
                onClick={() => applyPreset(id)}
                title={p.description}
              >
                <time dateTime={p.date}>{dateFormat.format(new Date(p.date))}</time>
                <span>{p.label}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <div className="timeline-status" role="status" aria-live="polite">
        {presetId === null ? (
          'Custom scenario'
        ) : changed.length === 0 ? (
          <>
            Showing <strong>{presets[presetId].label}</strong>: {presets[presetId].description}
          </>
        ) : (
          <>
            Changed from <strong>{presets[presetId].label}</strong>:{' '}
            {changed.map((k) => PARAM_BY_KEY[k].label).join(', ')}.{' '}
            <button type="button" className="link-button" onClick={resetToPreset}>
              Reset to preset
            </button>
          </>
        )}
      </div>
    </nav>
  );
}
