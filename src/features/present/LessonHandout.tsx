// The printable handout of a lesson: one block per step with its numbers, its chart (on the lesson's one scale)
// and its question, with room to answer. On screen it is a page over the presentation with Print and Back; the
// print style sheet prints it alone (it is a direct child of <body>, everything else is hidden).
import { useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import ProgramBars from '../../charts/ProgramBars';
import { COUNTRY_NAMES } from '../../charts/programs';
import { programSeries } from '../../charts/series';
import { t } from '../../i18n';
import { formatDate, formatRate, formatSignedRate, formatSignedUsd, formatUsd } from '../../lib/format';
import { simulate } from '../../model/simulate';
import { COUNTRIES, type Dataset } from '../../model/types';
import { lessonParams, type Lesson } from '../../state/lesson';
import { ProgramLegend } from './parts';
import { parseLink } from '../../state/urlCodec';

export function LessonHandout({
  lesson,
  dataset,
  scale,
  onClose,
}: {
  lesson: Lesson;
  dataset: Dataset;
  scale: number;
  onClose: () => void;
}) {
  const results = useMemo(
    () => lesson.steps.map((s) => simulate(dataset, parseLink(s.search).scenario)),
    [lesson, dataset],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  useEffect(() => heading.current?.focus(), []);
  // The lesson's own link (its first step), so a printed page leads back to the same lesson.
  const { keep, droppable } = lessonParams(lesson, 0);
  const link = `${window.location.origin}${window.location.pathname}?${new URLSearchParams([...keep, ...droppable]).toString()}`;
  return createPortal(
    <div className="handout-root" role="dialog" aria-modal="true" aria-labelledby="handout-title">
      <article className="handout">
        <div className="handout-actions">
          <button type="button" onClick={() => window.print()}>
            {t('handout.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('handout.back')}
          </button>
        </div>
        <h1 id="handout-title" ref={heading} tabIndex={-1}>
          {lesson.title}
        </h1>
        <p className="handout-meta">
          {t('handout.meta', {
            n: lesson.steps.length,
            version: dataset.version,
            date: formatDate(today),
          })}
          <br />
          <span className="handout-link">{link}</span>
        </p>
        {lesson.steps.map((step, i) => {
          const result = results[i]!;
          const series = programSeries(result);
          return (
            <section key={i} className="handout-step" aria-labelledby={`handout-step-${i}`}>
              <h2 id={`handout-step-${i}`}>{t('handout.step', { n: i + 1, title: step.title })}</h2>
              <table className="handout-numbers">
                <thead>
                  <tr>
                    <th scope="col">{t('handout.country')}</th>
                    <th scope="col">{t('handout.etr')}</th>
                    <th scope="col">{t('handout.duty')}</th>
                    <th scope="col">{t('handout.exports')}</th>
                  </tr>
                </thead>
                <tbody>
                  {COUNTRIES.map((c) => {
                    const r = result.countries[c];
                    return (
                      <tr key={c}>
                        <th scope="row">{COUNTRY_NAMES[c]}</th>
                        <td>{formatRate(r.etr, 1)}</td>
                        <td>{formatUsd(r.dutyUsd)}</td>
                        <td>
                          {formatSignedRate(r.exportChangePct, 1)} ({formatSignedUsd(r.exportChangeUsd)})
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <figure className="handout-chart" aria-label={t('present.chart')}>
                <ProgramBars rows={series.rows} programs={series.programs} max={scale} />
                <ProgramLegend programs={series.programs} />
              </figure>
              {step.question && (
                <div className="handout-question">
                  <p>
                    <strong>{t('handout.questionLabel')}</strong> {step.question}
                  </p>
                  <div className="handout-answer" aria-hidden="true" />
                </div>
              )}
            </section>
          );
        })}
      </article>
    </div>,
    document.body,
  );
}
