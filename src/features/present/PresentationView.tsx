// Presentation mode: full screen, large type, one headline chart and the key numbers; the keyboard steps through
// a lesson (Right/Left, Page Down/Up, Home/End; P presenter view, Q QR code, O over time, H handout; Esc closes the
// QR code or the handout, then leaves, back to the teacher's own scenario). The teacher's notes, the next step and
// the time are in the presenter view (a second window), never on the projected screen.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import ProgramBars from '../../charts/ProgramBars';
import { t } from '../../i18n';
import { COUNTRY_NAMES } from '../../charts/programs';
import { programSeries } from '../../charts/series';
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { COUNTRIES, type Dataset } from '../../model/types';
import { scenarioChanges } from '../../state/stepWords';
import { useAppStore, useStoreApi } from '../../state/store';
import { parseLink, toSearch } from '../../state/urlCodec';
import { useSimulation } from '../results/useSimulation';
import { QrCode } from './QrCode';
import { presets } from '../../model/presets';
import { ratePathSeries } from '../../charts/series';
import { ChartSuspense, RatePathChart } from '../results/lazyCharts';
import { usePathMonths } from '../results/RatePathPanel';
import { COUNTRY_COLORS } from '../../charts/programs';
import { simulateTotals } from '../../model/simulate';
import { niceMax } from '../../charts/geometry';
import type { Lesson } from '../../state/lesson';
import { newPresentationId, openChannel, readCommand, stepForKey, type PresentState } from './presenterChannel';
import { ChangeList, ProgramLegend } from './parts';
import { LessonHandout } from './LessonHandout';

export { PresenterView } from './PresenterView';

const lessonScales = new WeakMap<Lesson, Map<Dataset, number>>();
/**
 * One axis for the whole lesson: the scale that fits the highest effective rate of any step, so that bars can be
 * compared from one step to the next (the per-step scale jumped from 0.5% to 50%).
 */
export function lessonScale(lesson: Lesson, dataset: Dataset): number {
  let byData = lessonScales.get(lesson);
  if (!byData) lessonScales.set(lesson, (byData = new Map()));
  let max = byData.get(dataset);
  if (max === undefined) {
    const highest = Math.max(
      0,
      ...lesson.steps.flatMap((s) => {
        const totals = simulateTotals(dataset, parseLink(s.search).scenario);
        return COUNTRIES.map((c) => totals[c].etr * 100);
      }),
    );
    max = niceMax(highest);
    byData.set(dataset, max);
  }
  return max;
}

/** The presenter view's address: this app, its language, and the presentation's channel in the hash. */
function presenterUrl(id: string, lang: string): string {
  return `${window.location.pathname}?view=presenter&lang=${lang}#${id}`;
}

const PATH_HEIGHT = 340;

export function PresentationView({ dataset }: { dataset: Dataset }) {
  const presentation = useAppStore((s) => s.presentation);
  const store = useStoreApi();
  const result = useSimulation(dataset);
  const series = useMemo(() => programSeries(result), [result]);
  const [qr, setQr] = useState(false);
  const [handout, setHandout] = useState(false);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [channelId] = useState(newPresentationId);
  const [blocked, setBlocked] = useState(false);
  const lang = useAppStore((s) => s.lang);
  // The chart of the step: its rate by program, or the rate over time with the step marked at its end (O).
  const [overTime, setOverTime] = useState(false);
  const months = usePathMonths(dataset, overTime);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    root.current?.focus();
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  const openPresenter = useCallback(() => {
    const w = window.open(presenterUrl(channelId, lang), `usmca-presenter-${channelId}`, 'popup,width=1100,height=760');
    setBlocked(w === null);
  }, [channelId, lang]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const p = s.presentation;
      if (!p || e.altKey || e.ctrlKey || e.metaKey) return;
      // The handout is a page to read and print: only Esc (back to the presentation) is the presentation's there.
      if (handout && e.key !== 'Escape') return;
      const next = stepForKey(e.key, p.at, p.lesson.steps.length);
      const key = e.key.toLowerCase();
      if (next !== null) {
        e.preventDefault();
        s.goToStep(next);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        // One layer at a time: the QR code, the handout, then the presentation.
        if (qr) setQr(false);
        else if (handout) setHandout(false);
        else s.stopPresentation();
      } else if (key === 'q') setQr((v) => !v);
      else if (key === 'o') setOverTime((v) => !v);
      else if (key === 'h') setHandout(true);
      else if (key === 'p') openPresenter();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, qr, handout, openPresenter]);

  // The presenter view's channel, opened here (not during render) so that a remount opens a fresh one.
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const opened = openChannel(channelId);
    channel.current = opened;
    return () => {
      opened?.postMessage({ type: 'ended' });
      opened?.close();
      channel.current = null;
    };
  }, [channelId]);
  // The whole state goes to the presenter view after every change, and again when it says hello; its commands
  // steer this window.
  useEffect(() => {
    const c = channel.current;
    if (!c || !presentation) return;
    const state: PresentState = { lesson: presentation.lesson, at: presentation.at, startedAt, qr, overTime };
    c.postMessage({ type: 'state', state });
    c.onmessage = (e: MessageEvent) => {
      const command = readCommand(e.data);
      if (!command) return;
      if (command.type === 'hello') c.postMessage({ type: 'state', state });
      else if (command.type === 'go') store.getState().goToStep(command.at);
      else if (command.type === 'resetTimer') setStartedAt(Date.now());
      else if (command.what === 'qr') setQr((v) => !v);
      else setOverTime((v) => !v);
    };
  }, [presentation, startedAt, qr, overTime, store]);

  const lessonNow = presentation?.lesson;
  const scale = useMemo(() => (lessonNow ? lessonScale(lessonNow, dataset) : 1), [lessonNow, dataset]);

  if (!presentation) return null;
  const { lesson, at } = presentation;
  const step = lesson.steps[at];
  const prev = lesson.steps[at - 1];
  if (!step) return null;
  const changes = prev ? scenarioChanges(parseLink(prev.search).scenario, parseLink(step.search).scenario) : [];
  // A step that is a dated policy state is marked at its date on the rate over time; any other, at the path's end.
  const stepPreset = parseLink(step.search).presetId;
  const stepMonth = stepPreset ? presets[stepPreset].date.slice(0, 7) : undefined;
  // Students scan the step's scenario, to explore on their phones: a short link, not the whole lesson.
  const link = `${window.location.origin}${window.location.pathname}${toSearch({ scenario: parseLink(step.search).scenario, presetId: parseLink(step.search).presetId })}`;

  return (
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-labelledby="present-title"
      tabIndex={-1}
    >
      <div className="present-bar">
        <span>{t('present.step', { lesson: lesson.title, n: at + 1, total: lesson.steps.length })}</span>
        <span className="present-buttons">
          <button type="button" onClick={() => store.getState().goToStep(at - 1)} disabled={at === 0}>
            {t('present.previous')}
          </button>
          <button
            type="button"
            onClick={() => store.getState().goToStep(at + 1)}
            disabled={at === lesson.steps.length - 1}
          >
            {t('present.next')}
          </button>
          <button type="button" onClick={openPresenter}>
            {t('present.presenter')}
          </button>
          <button type="button" aria-pressed={overTime} onClick={() => setOverTime(!overTime)}>
            {t('present.overTime')}
          </button>
          <button type="button" aria-pressed={qr} onClick={() => setQr(!qr)}>
            {t('present.qr')}
          </button>
          <button type="button" onClick={() => setHandout(true)}>
            {t('present.handout')}
          </button>
          <button type="button" onClick={() => store.getState().stopPresentation()}>
            {t('present.exit')}
          </button>
        </span>
      </div>
      {blocked && (
        <p role="alert" className="present-blocked">
          {t('present.blocked')}{' '}
          <a href={presenterUrl(channelId, lang)} target="_blank" rel="noopener">
            {t('present.blockedLink')}
          </a>
        </p>
      )}
      <div className="present-main">
        <h2 id="present-title">{step.title}</h2>
        <div className="present-numbers">
          {COUNTRIES.map((c) => {
            const r = result.countries[c];
            return (
              <section key={c} className={`present-country country-${c}`} aria-label={COUNTRY_NAMES[c]}>
                <h3>{COUNTRY_NAMES[c]}</h3>
                <p>
                  <span className="present-big" data-testid={`present-etr-${c}`}>
                    {formatRate(r.etr, 1)}
                  </span>{' '}
                  {t('present.etr')}
                </p>
                <p>
                  {t('present.line', {
                    duty: formatUsd(r.dutyUsd),
                    pct: formatSignedRate(r.exportChangePct, 1),
                    change: formatSignedUsd(r.exportChangeUsd),
                  })}
                </p>
              </section>
            );
          })}
        </div>
        {overTime ? (
          <figure className="present-chart present-time" aria-label={t('present.timeChart')}>
            {COUNTRIES.map((c) => {
              const path = months ? ratePathSeries(months, dataset, c) : null;
              return (
                <div key={c} className="present-time-chart">
                  <h3>{t('ratePath.chartTitle', { country: COUNTRY_NAMES[c] })}</h3>
                  <ChartSuspense height={PATH_HEIGHT} ready={path !== null}>
                    {path && (
                      <RatePathChart
                        rows={path.rows}
                        programs={path.programs}
                        current={result.countries[c].etr * 100}
                        color={COUNTRY_COLORS[c]}
                        observedLabel={t('ratePath.observed')}
                        height={PATH_HEIGHT}
                        at={stepMonth}
                        tickSize={20}
                      />
                    )}
                  </ChartSuspense>
                </div>
              );
            })}
            <figcaption>{t('present.timeCaption')}</figcaption>
          </figure>
        ) : (
          <figure className="present-chart" aria-label={t('present.chart')}>
            <ProgramBars rows={series.rows} programs={series.programs} max={scale} />
            <ProgramLegend programs={series.programs} />
          </figure>
        )}
        <section className="present-changes" aria-label={t('present.changes')}>
          <h3>{prev ? t('present.changes') : t('present.first')}</h3>
          {prev && changes.length === 0 && <p>{t('present.noChange')}</p>}
          {changes.length > 0 && <ChangeList changes={changes} />}
        </section>
        {step.question && (
          <section className="present-question" aria-label={t('present.question')}>
            <h3>{t('present.question')}</h3>
            <p>{step.question}</p>
          </section>
        )}
      </div>
      {qr && (
        // Large and centred over the step, so the back row can scan it; Q, Esc or the button closes it.
        <aside className="present-qr" aria-label={t('present.qrRegion')}>
          <QrCode text={link} label={t('present.qrLabel')} size={720} />
          <p>{t('present.qrHelp')}</p>
          <button type="button" onClick={() => setQr(false)}>
            {t('present.qrClose')}
          </button>
        </aside>
      )}
      {handout && <LessonHandout lesson={lesson} dataset={dataset} scale={scale} onClose={() => setHandout(false)} />}
    </div>
  );
}
