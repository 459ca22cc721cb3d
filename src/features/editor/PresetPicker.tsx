// The dated policy path as a list of presets: choosing one sets every control.
import { PRESET_IDS, presets, type PresetId } from '../../model/presets';
import { useAppStore } from '../../state/store';

export function PresetPicker() {
  const presetId = useAppStore((s) => s.presetId);
  const applyPreset = useAppStore((s) => s.applyPreset);
  return (
    <label className="field">
      <span className="field-label">Policy preset</span>
      <select
        value={presetId ?? ''}
        onChange={(e) => applyPreset(e.target.value as PresetId)}
        aria-describedby="preset-help"
      >
        {presetId === null && <option value="">Custom scenario</option>}
        {PRESET_IDS.map((id) => (
          <option key={id} value={id}>
            {presets[id].label}
          </option>
        ))}
      </select>
      <span id="preset-help" className="help">
        {presetId ? presets[presetId].description : 'Built by hand: no preset matches.'}
      </span>
    </label>
  );
}
