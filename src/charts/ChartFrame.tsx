// The frame every chart sits in: title, a one-line reading, the chart, its source and a table alternative.
import { useContext, useId, useState, type ReactNode } from 'react';
import { t } from '../i18n';
import { Contained } from '../components/Contained';
import { importWithReload } from '../lib/lazy';
import type { FigureBuilders, FigureFormat } from './exportImage';
import type { Figure } from './figure';
import { FigureStampContext } from './stamp';

const FORMATS: readonly FigureFormat[] = ['png', 'svg', 'csv'];

export interface ChartFrameProps {
  title: string;
  /** One sentence saying what the chart shows, read by screen readers as the chart's description. */
  reading: string;
  source: string;
  /** The same numbers as a table: the accessible alternative. */
  table: ReactNode;
  children: ReactNode;
  /** Fixed height keeps the layout still while a lazy chart's code loads (HTML charts size themselves). */
  height?: number;
  actions?: ReactNode;
  /** The chart's figure, from its builder: what its PNG, SVG and CSV are made of (built only on a download). */
  figure: (f: FigureBuilders) => Figure;
  /** The scenario the files are stamped with, when it is not the one on screen (Compare, the reality check). */
  stampScenario?: string;
  /** Series keys, drawn as HTML beside the chart (Recharts' legend measures itself and renders twice). */
  legend?: readonly LegendItem[];
}

export interface LegendItem {
  label: string;
  color: string;
  dashed?: boolean;
}

export function ChartFrame({
  title,
  reading,
  source,
  table,
  children,
  height,
  actions,
  legend,
  figure,
  stampScenario,
}: ChartFrameProps) {
  const id = useId();
  // The table is built only once someone opens it: hidden tables would re-render on every slider step.
  const [tableOpen, setTableOpen] = useState(false);
  const [exportError, setExportError] = useState('');
  const stampOf = useContext(FigureStampContext);
  const save = (format: FigureFormat) => {
    setExportError('');
    const words = {
      source: t('figure.source'),
      scenario: t('figure.scenario'),
      data: t('figure.data'),
      link: t('figure.link'),
    };
    Promise.all([importWithReload(() => import('./exportImage')), stampOf()])
      .then(([{ saveFigure }, stamp]) =>
        saveFigure(
          format,
          figure,
          { title, reading, source },
          stampScenario === undefined ? stamp : { ...stamp, scenario: stampScenario },
          words,
        ),
      )
      .catch((e: unknown) =>
        setExportError(t('chart.imageError', { detail: e instanceof Error ? e.message : 'unknown error' })),
      );
  };
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-t`} aria-describedby={`${id}-r`}>
      <div className="chart-head">
        <h3 id={`${id}-t`}>{title}</h3>
        <div className="chart-actions">
          {actions}
          {FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="small-button"
              onClick={() => save(format)}
              aria-label={t('chart.download', { title, format: format.toUpperCase() })}
            >
              {format.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
      {exportError && (
        <p role="alert" className="help">
          {exportError}
        </p>
      )}
      {/* The reading changes with each step: it lays out alone (a relayout boundary). */}
      <Contained>
        <p id={`${id}-r`} className="chart-reading">
          {reading}
        </p>
      </Contained>
      <div
        className="chart-body"
        style={height ? { height } : undefined}
        role="img"
        aria-label={`${title}. ${reading}`}
      >
        {children}
      </div>
      {legend && legend.length > 0 && (
        <ul className="chart-legend" aria-label={t('chart.legend')}>
          {legend.map((item) => (
            <li key={item.label}>
              <span
                className={`swatch${item.dashed ? ' is-dashed' : ''}`}
                style={{ background: item.dashed ? 'transparent' : item.color, borderColor: item.color }}
                aria-hidden="true"
              />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <figcaption className="chart-source">{t('chart.source', { source })}</figcaption>
      <details className="chart-table" onToggle={(e) => setTableOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('chart.table')}</summary>
        {tableOpen && table}
      </details>
    </figure>
  );
}
