// The presenter view: a second window for the teacher's eyes only, with the step's notes and question, the next
// step and what it changes, the elapsed time, and buttons (and keys) that steer the projected window. It holds no
// lesson of its own: it shows what the projected window sends through the presentation's BroadcastChannel.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { COUNTRY_NAMES } from '../../charts/programs';
import { t } from '../../i18n';
import { formatRate } from '../../lib/format';
import { simulateTotals } from '../../model/simulate';
import { COUNTRIES, type Dataset } from '../../model/types';
import { scenarioChanges, stepNotes } from '../../state/stepWords';
import { parseLink } from '../../state/urlCodec';
import { ChangeList } from './parts';
import {
  formatElapsed,
  openChannel,
  readToPresenter,
  stepForKey,
  type Command,
  type PresentState,
} from './presenterChannel';

/** How long to wait for the projected window's answer before saying it is not there. */
const HELLO_WAIT_MS = 1500;

export function PresenterView({ dataset }: { dataset: Dataset }) {
  const id = window.location.hash.replace(/^#/, '');
  const [state, setState] = useState<PresentState | null>(null);
  const [status, setStatus] = useState<'waiting' | 'absent' | 'live' | 'ended'>('waiting');
  const [now, setNow] = useState(() => Date.now());
  const valid = /^[a-z0-9]{1,16}$/.test(id);
  const supported = typeof BroadcastChannel === 'function';
  // Opened in the effect (not during render), so that a remount opens a fresh channel.
  const channel = useRef<BroadcastChannel | null>(null);
  const send = useCallback((c: Command) => channel.current?.postMessage(c), []);

  useEffect(() => {
    const opened = valid ? openChannel(id) : null;
    if (!opened) return;
    channel.current = opened;
    opened.onmessage = (e: MessageEvent) => {
      const m = readToPresenter(e.data);
      if (!m) return;
      if (m.type === 'ended') setStatus('ended');
      else {
        setState(m.state);
        setStatus('live');
      }
    };
    opened.postMessage({ type: 'hello' } satisfies Command);
    const timer = setTimeout(() => setStatus((s) => (s === 'waiting' ? 'absent' : s)), HELLO_WAIT_MS);
    return () => {
      clearTimeout(timer);
      opened.close();
      channel.current = null;
    };
  }, [id, valid]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!state || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const next = stepForKey(e.key, state.at, state.lesson.steps.length);
      const key = e.key.toLowerCase();
      if (next !== null) {
        e.preventDefault();
        send({ type: 'go', at: next });
      } else if (key === 'q') send({ type: 'toggle', what: 'qr' });
      else if (key === 'o') send({ type: 'toggle', what: 'overTime' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state, send]);

  const step = state?.lesson.steps[state.at];
  const next = state?.lesson.steps[state.at + 1];
  const totals = useMemo(
    () => (step ? simulateTotals(dataset, parseLink(step.search).scenario) : null),
    [dataset, step],
  );
  const changes = step && next ? scenarioChanges(parseLink(step.search).scenario, parseLink(next.search).scenario) : [];

  if (!valid || !supported || status !== 'live' || !state || !step)
    return (
      <div className="presenter" aria-labelledby="presenter-title">
        <h2 id="presenter-title">{t('presenter.title')}</h2>
        <p role="status" className="notice is-info">
          {!supported
            ? t('presenter.noChannel')
            : !valid
              ? t('presenter.absent')
              : status === 'ended'
                ? t('presenter.ended')
                : status === 'absent'
                  ? t('presenter.absent')
                  : t('presenter.waiting')}
        </p>
      </div>
    );

  const count = state.lesson.steps.length;
  return (
    <div className="presenter" aria-labelledby="presenter-title">
      <div className="presenter-bar">
        <h2 id="presenter-title">
          {t('presenter.title')} · {state.lesson.title}
        </h2>
        <p className="presenter-clock">
          <span data-testid="presenter-step">{t('presenter.stepOf', { n: state.at + 1, total: count })}</span>
          {' · '}
          <span>{t('presenter.elapsed')}</span>{' '}
          <time data-testid="presenter-elapsed">{formatElapsed(now - state.startedAt)}</time>
        </p>
        <span className="presenter-buttons">
          <button type="button" disabled={state.at === 0} onClick={() => send({ type: 'go', at: state.at - 1 })}>
            {t('present.previous')}
          </button>
          <button
            type="button"
            disabled={state.at === count - 1}
            onClick={() => send({ type: 'go', at: state.at + 1 })}
          >
            {t('present.next')}
          </button>
          <button type="button" aria-pressed={state.qr} onClick={() => send({ type: 'toggle', what: 'qr' })}>
            {t('present.qr')}
          </button>
          <button
            type="button"
            aria-pressed={state.overTime}
            onClick={() => send({ type: 'toggle', what: 'overTime' })}
          >
            {t('present.overTime')}
          </button>
          <button type="button" onClick={() => send({ type: 'resetTimer' })}>
            {t('presenter.resetTimer')}
          </button>
        </span>
      </div>
      <div className="presenter-main">
        <section className="presenter-now" aria-labelledby="presenter-now">
          <h3 id="presenter-now">{t('presenter.now', { title: step.title })}</h3>
          {totals && (
            <p className="presenter-numbers">
              {COUNTRIES.map((c) => (
                <span key={c}>
                  {COUNTRY_NAMES[c]}: <strong>{formatRate(totals[c].etr, 1)}</strong>
                </span>
              ))}
            </p>
          )}
          <h4>{t('presenter.notes')}</h4>
          <p className="presenter-notes" data-testid="presenter-notes">
            {stepNotes(step)}
          </p>
          {step.question && (
            <>
              <h4>{t('present.question')}</h4>
              <p>{step.question}</p>
            </>
          )}
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next">
          <h3 id="presenter-next">{next ? t('presenter.next', { title: next.title }) : t('presenter.last')}</h3>
          {next && (changes.length === 0 ? <p>{t('present.noChange')}</p> : <ChangeList changes={changes} />)}
        </section>
      </div>
      <p className="help">{t('presenter.keys')}</p>
    </div>
  );
}
