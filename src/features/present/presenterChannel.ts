// The projected presentation and its presenter view (a second window) talk through a BroadcastChannel named for
// that one presentation, so two presentations in two tabs never steer each other. The projected window owns the
// state and sends all of it after every change; the presenter view asks for it when it opens and sends commands.
// Messages from another window are checked before use: a malformed one is ignored, never trusted.
import type { Lesson } from '../../state/lesson';

export interface PresentState {
  lesson: Lesson;
  at: number;
  /** When the presentation started (ms since the epoch): the presenter view counts the elapsed time from it. */
  startedAt: number;
  qr: boolean;
  overTime: boolean;
}

export type ToPresenter = { type: 'state'; state: PresentState } | { type: 'ended' };
export type Command =
  { type: 'hello' } | { type: 'go'; at: number } | { type: 'toggle'; what: 'qr' | 'overTime' } | { type: 'resetTimer' };

/** The channel of one presentation; the id travels in the presenter window's address (its hash). */
export const channelName = (id: string) => `usmca-present:${id}`;

export function openChannel(id: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName(id)) : null;
}

/** A fresh presentation id: short, and only letters and digits (it goes in a URL hash). */
export const newPresentationId = () => Math.random().toString(36).slice(2, 10);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isText = (x: unknown): x is string => typeof x === 'string';

function isLesson(x: unknown): x is Lesson {
  return (
    isObject(x) &&
    isText(x.id) &&
    isText(x.title) &&
    Array.isArray(x.steps) &&
    x.steps.length > 0 &&
    x.steps.every((s) => isObject(s) && isText(s.title) && isText(s.notes) && isText(s.question) && isText(s.search))
  );
}

export function readToPresenter(data: unknown): ToPresenter | null {
  if (!isObject(data)) return null;
  if (data.type === 'ended') return { type: 'ended' };
  if (data.type !== 'state' || !isObject(data.state)) return null;
  const { lesson, at, startedAt, qr, overTime } = data.state;
  if (!isLesson(lesson) || !Number.isInteger(at) || typeof startedAt !== 'number') return null;
  if ((at as number) < 0 || (at as number) >= lesson.steps.length) return null;
  return {
    type: 'state',
    state: { lesson, at: at as number, startedAt, qr: qr === true, overTime: overTime === true },
  };
}

export function readCommand(data: unknown): Command | null {
  if (!isObject(data)) return null;
  if (data.type === 'hello' || data.type === 'resetTimer') return { type: data.type };
  if (data.type === 'go' && Number.isInteger(data.at)) return { type: 'go', at: data.at as number };
  if (data.type === 'toggle' && (data.what === 'qr' || data.what === 'overTime'))
    return { type: 'toggle', what: data.what };
  return null;
}

/** Minutes and seconds ("4:07"), or hours too past the hour ("1:02:09"). */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The keys both windows step with, as the step they lead to (null for any other key). */
export function stepForKey(key: string, at: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') return Math.min(at + 1, count - 1);
  if (key === 'ArrowLeft' || key === 'PageUp') return Math.max(at - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
