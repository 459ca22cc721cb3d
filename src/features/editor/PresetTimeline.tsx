// The real 2025–26 policy path as a dated timeline; choosing a step sets every control. Plus reset.
import { memo } from 'react';
import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { presetDescription, presetLabel } from '../../i18n/labels';
import { formatDate } from '../../lib/format';
import { POLICY_AS_OF, PRESET_IDS, presets } from '../../model/presets';
import { changedFromPreset } from '../../state/scenarioSlice';
import { useAppStore } from '../../state/store';
import { PARAM_BY_KEY } from '../../state/parameters';

/** Memoised: it has no props, so a slider step re-renders it only when its own store slices change. */
export const PresetTimeline = memo(function PresetTimeline() {
  const presetId = useAppStore((s) => s.presetId);
  const list = useRef<HTMLOListElement>(null);
  // Seventeen steps do not fit across a screen: keep the chosen one in view (the list scrolls, not the page).
  useEffect(() => {
    const ol = list.current;
    const step = presetId ? ol?.querySelector<HTMLElement>(`[data-preset="${presetId}"]`) : null;
    if (!ol || !step) return;
    const left = step.offsetLeft - ol.offsetLeft;
    if (left < ol.scrollLeft || left + step.offsetWidth > ol.scrollLeft + ol.clientWidth)
      ol.scrollLeft = Math.max(0, left - (ol.clientWidth - step.offsetWidth) / 2);
  }, [presetId]);
  const applyPreset = useAppStore((s) => s.applyPreset);
  const resetToPreset = useAppStore((s) => s.resetToPreset);
  // A string, so that the timeline re-renders only when the set of changed settings changes.
  const changedKeys = useAppStore((s) => changedFromPreset(s.scenario, s.presetId).join(','));
  const changed = changedKeys ? (changedKeys.split(',') as (keyof typeof PARAM_BY_KEY)[]) : [];

  return (
    <nav className="timeline" aria-label={t('timeline.label')}>
      <ol ref={list}>
        {PRESET_IDS.map((id) => {
          const p = presets[id];
          return (
            <li key={id}>
              <button
                type="button"
                aria-pressed={presetId === id}
                data-preset={id}
                className={`timeline-step${p.hypothetical ? ' is-hypothetical' : ''}`}
                onClick={() => applyPreset(id)}
                title={presetDescription(id)}
              >
                <time dateTime={p.date}>{formatDate(p.date)}</time>
                <span>{presetLabel(id)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="help timeline-asof">{t('timeline.currentTo', { date: formatDate(POLICY_AS_OF) })}</p>
      <div className="timeline-status" role="status" aria-live="polite">
        {presetId === null ? (
          t('timeline.custom')
        ) : changed.length === 0 ? (
          t('timeline.showing', { preset: presetLabel(presetId), description: presetDescription(presetId) })
        ) : (
          <>
            {t('timeline.changed', {
              preset: presetLabel(presetId),
              settings: changed.map((k) => PARAM_BY_KEY[k].label).join(', '),
            })}{' '}
            <button type="button" className="link-button" onClick={resetToPreset}>
              {t('timeline.reset')}
            </button>
          </>
        )}
      </div>
    </nav>
  );
});
