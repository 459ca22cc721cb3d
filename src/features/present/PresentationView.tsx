// Presentation mode: full screen, large type, one headline chart and the key numbers; the keyboard steps through
// a lesson (Right/Left, Page Down/Up, Home/End; N notes, Q QR code; Esc leaves).
import { useEffect, useMemo, useRef, useState } from 'react';
import ProgramBars from '../../charts/ProgramBars';
import { t } from '../../i18n';
import { COUNTRY_NAMES, PROGRAM_COLORS, PROGRAM_LABELS } from '../../charts/programs';
import { programSeries } from '../../charts/series';
import { formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { COUNTRIES, type Dataset } from '../../model/types';
import { scenarioChanges } from '../../state/lesson';
import { useAppStore, useStoreApi } from '../../state/store';
import { parseLink, toSearch } from '../../state/urlCodec';
import { useSimulation } from '../results/useSimulation';
import { QrCode } from './QrCode';
import { presets } from '../../model/presets';
import { ratePathSeries } from '../../charts/series';
import { ChartSuspense, RatePathChart } from '../results/lazyCharts';
import { usePathMonths } from '../results/RatePathPanel';
import { COUNTRY_COLORS } from '../../charts/programs';

const PATH_HEIGHT = 340;

export function PresentationView({ dataset }: { dataset: Dataset }) {
  const presentation = useAppStore((s) => s.presentation);
  const store = useStoreApi();
  const result = useSimulation(dataset);
  const series = useMemo(() => programSeries(result), [result]);
  const [notes, setNotes] = useState(false);
  const [qr, setQr] = useState(false);
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

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const p = s.presentation;
      if (!p || e.altKey || e.ctrlKey || e.metaKey) return;
      const go = (i: number) => {
        e.preventDefault();
        s.goToStep(i);
      };
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') go(p.at + 1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(p.at - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(p.lesson.steps.length - 1);
      else if (e.key === 'Escape') {
        e.preventDefault();
        s.stopPresentation();
      } else if (e.key === 'n' || e.key === 'N') setNotes((v) => !v);
      else if (e.key === 'q' || e.key === 'Q') setQr((v) => !v);
      else if (e.key === 'o' || e.key === 'O') setOverTime((v) => !v);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

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
          <button type="button" aria-pressed={notes} onClick={() => setNotes(!notes)}>
            {t('present.notes')}
          </button>
          <button type="button" aria-pressed={overTime} onClick={() => setOverTime(!overTime)}>
            {t('present.overTime')}
          </button>
          <button type="button" aria-pressed={qr} onClick={() => setQr(!qr)}>
            {t('present.qr')}
          </button>
          <button type="button" onClick={() => store.getState().stopPresentation()}>
            {t('present.exit')}
          </button>
        </span>
      </div>
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
            <ProgramBars rows={series.rows} programs={series.programs} />
            <ul className="chart-legend">
              {series.programs.map((p) => (
                <li key={p}>
                  <span className="swatch" style={{ background: PROGRAM_COLORS[p], borderColor: PROGRAM_COLORS[p] }} />
                  {PROGRAM_LABELS[p]}
                </li>
              ))}
            </ul>
          </figure>
        )}
        <section className="present-changes" aria-label={t('present.changes')}>
          <h3>{prev ? t('present.changes') : t('present.first')}</h3>
          {prev && changes.length === 0 && <p>{t('present.noChange')}</p>}
          {changes.length > 0 && (
            <ul>
              {changes.map((c) => (
                <li key={c.label}>
                  {c.label}: {c.from} → <strong>{c.to}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
        {notes && (
          <aside className="present-notes" aria-label={t('present.speakerNotes')}>
            <h3>{t('present.speakerNotes')}</h3>
            <p>{step.notes}</p>
          </aside>
        )}
        {qr && (
          <aside className="present-qr" aria-label={t('present.qrRegion')}>
            <QrCode text={link} label={t('present.qrLabel')} />
            <p>{t('present.qrHelp')}</p>
          </aside>
        )}
      </div>
    </div>
  );
}
