// Saved scenarios: name and save the current one; list, load, rename, delete, compare; export and import a file.
import { useState, type FormEvent } from 'react';
import { say, t } from '../../i18n';
import { presetLabel } from '../../i18n/labels';
import { download } from '../../lib/download';
import { importWithReload } from '../../lib/lazy';
import { formatDateTime } from '../../lib/format';
import { importErrorText } from './importText';
import { useAppStore, useStoreApi } from '../../state/store';
import { MAX_STEPS } from '../../state/lesson';
import { planItems, planLesson, setIncluded } from '../../state/lessonPlan';
import { enterFullscreen } from '../present/fullscreen';
import { parseLink } from '../../state/urlCodec';
import { LessonEditor } from './LessonEditor';
import { useLessonPlan } from './useLessonPlan';
import { problemsNotice, searchOf } from '../../state/persistence';

/** Saved scenarios are listed this many at a time. */
const PAGE = 50;
const newId = () => `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

export function SavedPanel() {
  const saved = useAppStore((s) => s.saved);
  const ready = useAppStore((s) => s.savedReady);
  const error = useAppStore((s) => s.savedError);
  const presetId = useAppStore((s) => s.presetId);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [message, setMessage] = useState('');
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const store = useStoreApi();
  const { plan, setPlan, problem: planProblem } = useLessonPlan();
  const [shownCount, setShownCount] = useState(PAGE);
  const lessonItems = planItems(plan, saved);
  const excluded = new Set(plan.excluded);
  const present = () => {
    enterFullscreen();
    store.getState().startPresentation(planLesson(plan, saved, t('lesson.custom.title')));
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    const label =
      name.trim() || (presetId ? t('saved.editedName', { preset: presetLabel(presetId) }) : t('saved.defaultName'));
    const api = store.getState();
    api.addSaved({
      id: newId(),
      name: label.slice(0, 80),
      savedAt: new Date().toISOString(),
      search: searchOf(api, null),
    });
    setName('');
    setMessage(t('saved.savedMsg', { name: label }));
  };

  const load = (search: string, label: string, asCompare: boolean) => {
    const link = parseLink(search);
    const api = store.getState();
    if (asCompare) api.compareWith(link.scenario, link.presetId, label);
    else api.loadScenario(link.scenario, link.presetId);
    if (link.problems.length) api.addNotice(problemsNotice(link.problems));
    setMessage(t(asCompare ? 'saved.comparingMsg' : 'saved.loadedMsg', { name: label }));
  };

  const importFile = async (file: File) => {
    const { parseImport, mergeImported, MAX_SAVED } = await importWithReload(() => import('../../state/savedStorage'));
    const { items, errors } = parseImport(await file.text());
    const api = store.getState();
    const merged = mergeImported(api.saved, items, newId);
    const all =
      merged.leftOut > 0 ? [...errors, { code: 'tooMany' as const, n: merged.leftOut, max: MAX_SAVED }] : errors;
    setImportErrors(all.map(importErrorText));
    const added = items.length - merged.leftOut;
    if (added > 0) api.setSaved(merged.items);
    setMessage(
      all.length
        ? t('saved.importedSomeMsg', { n: added, bad: errors.length + merged.leftOut })
        : t('saved.importedMsg', { n: added }),
    );
  };

  const exportAll = async () => {
    const { exportFile } = await importWithReload(() => import('../../state/savedStorage'));
    download(
      'usmca-scenarios.json',
      new Blob([exportFile(store.getState().saved, new Date().toISOString())], { type: 'application/json' }),
    );
  };

  return (
    <div className="tool-panel" role="region" aria-label={t('saved.region')}>
      {error && (
        <p role="alert" className="notice is-warning">
          {say(error)}
        </p>
      )}
      <form onSubmit={save} className="save-form">
        <label className="field">
          <span className="field-label">{t('saved.name')}</span>
          <input
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('saved.placeholder')}
          />
        </label>
        <button type="submit" disabled={!ready || error !== null}>
          {t('saved.save')}
        </button>
      </form>
      <p role="status" className="help">
        {message}
      </p>
      {!ready ? (
        <p className="help">{t('saved.reading')}</p>
      ) : saved.length === 0 ? (
        <p className="help">{t('saved.empty')}</p>
      ) : (
        <ul className="saved-list">
          {saved.slice(0, shownCount).map((item) => (
            <li key={item.id}>
              {renaming?.id === item.id ? (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    const next = renaming.name.trim();
                    if (next) store.getState().renameSaved(item.id, next.slice(0, 80));
                    setRenaming(null);
                  }}
                >
                  <label className="field">
                    <span className="field-label">{t('saved.newName', { name: item.name })}</span>
                    <input
                      value={renaming.name}
                      maxLength={80}
                      autoFocus
                      onChange={(e) => setRenaming({ id: item.id, name: e.target.value })}
                    />
                  </label>
                  <button type="submit">{t('saved.saveName')}</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    {t('saved.cancel')}
                  </button>
                </form>
              ) : (
                <>
                  <label className="lesson-check">
                    <input
                      type="checkbox"
                      checked={!excluded.has(item.id)}
                      onChange={(e) => setPlan(setIncluded(plan, item.id, e.target.checked))}
                    />
                    <span className="sr-only">{t('saved.inLesson', { name: item.name })}</span>
                  </label>
                  <span className="saved-name">{item.name}</span>
                  <span className="help"> {item.savedAt ? formatDateTime(item.savedAt) : t('saved.noDate')}</span>
                  <span className="saved-actions">
                    {(
                      [
                        ['load', () => load(item.search, item.name, false)],
                        ['compare', () => load(item.search, item.name, true)],
                        ['rename', () => setRenaming({ id: item.id, name: item.name })],
                        [
                          'delete',
                          () => {
                            store.getState().deleteSaved(item.id);
                            setMessage(t('saved.deletedMsg', { name: item.name }));
                          },
                        ],
                      ] as const
                    ).map(([action, onClick]) => (
                      <button
                        key={action}
                        type="button"
                        onClick={onClick}
                        aria-label={t(`saved.${action}Label`, { name: item.name })}
                      >
                        {t(`saved.${action}`)}
                      </button>
                    ))}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {saved.length > shownCount && (
        <button type="button" onClick={() => setShownCount(shownCount + PAGE)}>
          {t('saved.showMore', { n: Math.min(PAGE, saved.length - shownCount) })}
        </button>
      )}
      {saved.length > 0 && <LessonEditor plan={plan} setPlan={setPlan} saved={saved} />}
      {planProblem && (
        <p role="alert" className="notice is-warning">
          {planProblem}
        </p>
      )}
      {saved.length > 0 && (
        <div className="button-row">
          <button type="button" onClick={present} disabled={lessonItems.length === 0}>
            {t('saved.present', { n: Math.min(lessonItems.length, MAX_STEPS) })}
          </button>
          {lessonItems.length > MAX_STEPS && (
            <p className="help" role="note">
              {t('saved.lessonCut', { max: MAX_STEPS, n: lessonItems.length })}
            </p>
          )}
        </div>
      )}
      <div className="saved-files">
        <button type="button" onClick={() => void exportAll()} disabled={saved.length === 0}>
          {t('saved.export')}
        </button>
        <label className="file-button">
          {t('saved.import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {importErrors.length > 0 && (
        <div role="alert" className="notice is-warning">
          <strong>{t('saved.importErrors')}</strong>
          <ul>
            {importErrors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
