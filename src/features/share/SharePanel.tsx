// Share: copy the link (with a manual fallback), the browser's share sheet, a text summary, and an embed snippet.
import { embedSnippet } from '../embed/embedSnippet';
import { useId, useRef, useState } from 'react';
import { t } from '../../i18n';
import type { Dataset } from '../../model/types';
import { useAppStore } from '../../state/store';
import { EMBED_PATH } from '../../lib/securityHeaders';
import { searchOf } from '../../state/persistence';
import { useSimulation } from '../results/useSimulation';
import { scenarioSummary } from './summary';
import { citation } from './cite';
import { scenarioName } from './scenarioName';

/** Copy text, or say it could not be done (clipboard refused, insecure page, old browser). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function CopyField({ label, value, rows }: { label: string; value: string; rows?: number }) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  return (
    <div className="copy-field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {rows ? (
        <textarea id={id} ref={ref} readOnly rows={rows} value={value} onFocus={(e) => e.target.select()} />
      ) : (
        <input id={id} ref={ref} readOnly value={value} onFocus={(e) => e.target.select()} />
      )}
      <button
        type="button"
        onClick={async () => {
          const ok = await copy(value);
          setStatus(ok ? 'copied' : 'manual');
          if (!ok) ref.current?.select();
        }}
      >
        {t('share.copy', { what: label.toLocaleLowerCase() })}
      </button>
      <span role="status" className="help">
        {status === 'copied' && t('share.copied')}
        {status === 'manual' && t('share.manual')}
      </span>
    </div>
  );
}

export function SharePanel({ dataset }: { dataset: Dataset }) {
  // Each text from its own selector (strings compare by value): the panel re-renders when its link changes, not on
  // every change anywhere in the store.
  const search = useAppStore((s) => searchOf(s, dataset.version));
  const embedSearch = useAppStore((s) => searchOf({ ...s, embed: false }, dataset.version));
  const name = useAppStore(scenarioName);
  const scenario = useAppStore((s) => s.scenario);
  const presetId = useAppStore((s) => s.presetId);
  const result = useSimulation(dataset);
  const base = `${window.location.origin}${window.location.pathname}`;
  const link = `${base}${search}`;
  // The embed has a page of its own, the one that other sites may frame (see securityHeaders.ts).
  const embedLink = `${window.location.origin}${import.meta.env.BASE_URL}${EMBED_PATH}${embedSearch}`;
  const summary = scenarioSummary(
    scenario,
    presetId,
    result,
    { CA: dataset.countries.CA.name, MX: dataset.countries.MX.name },
    link,
  );
  const snippet = embedSnippet(embedLink, t('share.embedTitle'), window.location.origin);
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="tool-panel" aria-label={t('share.region')} role="region">
      <p className="help">{t('share.intro')}</p>
      <CopyField label={t('share.link')} value={link} />
      {canShare && (
        <button
          type="button"
          onClick={() =>
            void navigator.share({ title: t('share.embedTitle'), text: summary, url: link }).catch(() => {})
          }
        >
          {t('share.native')}
        </button>
      )}
      <CopyField label={t('share.summary')} value={summary} rows={5} />
      <CopyField
        label={t('cite.label')}
        value={citation({ name, version: dataset.version, asOf: dataset.asOf, link })}
        rows={3}
      />
      <CopyField label={t('share.embed')} value={snippet} rows={3} />
    </div>
  );
}
