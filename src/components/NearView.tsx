// A panel that follows every step while a person can see it, and catches up soon after when they cannot.
import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../lib/idle';

/** How long the input must rest before a panel far from the viewport catches up (a drag sends a step per frame). */
export const QUIET_MS = 250;
/**
 * "On screen" is the visible part of the page and a strip of 96 px above and below it: a box there follows every
 * step. A slider is dragged with the page still, so a box just out of sight costs nothing while it moves, and the strip
 * lets a box that starts to scroll in catch up before its first pixels show.
 */
export const SCREEN_MARGIN = '96px 0px 96px 0px';
/** "Near" is within half a viewport above or below: the time to start a box's lazy work (a chart's code, a path). */
export const NEAR_MARGIN = '50% 0px 50% 0px';
/**
 * One timer for every box that is behind: a step moves all of them in one commit, so the wait restarts once per
 * commit (a microtask after it), not once per box, and each box catches up when the input has rested QUIET_MS.
 */
const waiting = new Set<() => void>();
let restTimer: ReturnType<typeof setTimeout> | undefined;
let restartQueued = false;
function afterRest(run: () => void): () => void {
  waiting.add(run);
  if (!restartQueued) {
    restartQueued = true;
    queueMicrotask(() => {
      restartQueued = false;
      clearTimeout(restTimer);
      restTimer = setTimeout(() => {
        const due = [...waiting];
        waiting.clear();
        for (const f of due) f();
      }, QUIET_MS);
    });
  }
  return () => void waiting.delete(run);
}

/**
 * True inside a box that holds its step: a box within it follows it instead of holding again (its parent already
 * decides when a step shows), so a nested box catches up with its parent, not one rest later.
 */
const ParentHolds = createContext(false);

/** Where nothing reports intersections (a test's DOM), every box counts as near: it always shows the latest. */
const OBSERVABLE = typeof IntersectionObserver === 'function';

/**
 * Renders `children(value)`. While the box is on screen (SCREEN_MARGIN), that is the latest value, in the same frame
 * as the step. Out of sight, the box keeps the value it last rendered, so a slider step costs nothing there, and
 * catches up in an interruptible render once the input has rested for QUIET_MS, as it scrolls on screen, or before
 * the page prints, whichever comes first. `data-behind` marks a box that has not caught up yet. `near` (NEAR_MARGIN)
 * starts the box's lazy work before it is seen. The children must be memoised on `value`, or the parent's render
 * redoes them anyway.
 */
export function NearView<T>({
  value,
  children,
  as: Box = 'div',
}: {
  value: T;
  /** The box's element: a `tbody` holds a group of a table's rows (a table cannot hold a div). */
  as?: 'div' | 'tbody';
  /** `near` is true once the box is known to be near the viewport: the time to start work worth doing only there. */
  children: (value: T, near: boolean) => ReactNode;
}) {
  const box = useRef<HTMLElement>(null);
  const latest = useRef(value);
  // null until the first observation: the box shows the latest value (as the build's static screen does).
  const [onScreen, setOnScreen] = useState<boolean | null>(null);
  const [near, setNear] = useState(false);
  const parentHolds = useContext(ParentHolds);
  const [held, setHeld] = useState(value);
  // While the parent holds, this box shows what it is given, and remembers it as the step it shows.
  if (parentHolds && held !== value) setHeld(value);
  const holding = onScreen === false && !parentHolds;
  const shown = holding ? held : value;

  useEffect(() => {
    latest.current = value;
  });

  useEffect(() => {
    const el = box.current;
    if (!el || !OBSERVABLE) return;
    const screen = new IntersectionObserver(
      ([entry]) => {
        if (!entry) return;
        // Leaving: hold what is on screen now (the latest value), so nothing changes until it is needed.
        if (!entry.isIntersecting) setHeld(latest.current);
        setOnScreen(entry.isIntersecting);
      },
      { rootMargin: SCREEN_MARGIN },
    );
    const nearby = new IntersectionObserver(([entry]) => entry && setNear(entry.isIntersecting), {
      rootMargin: NEAR_MARGIN,
    });
    screen.observe(el);
    nearby.observe(el);
    const print = () => flushSync(() => setHeld(latest.current));
    window.addEventListener('beforeprint', print);
    return () => {
      screen.disconnect();
      nearby.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, []);

  useEffect(() => {
    if (!holding || held === value) return;
    let cancelIdle = () => {};
    const cancelRest = afterRest(() => {
      cancelIdle = whenIdle(() => startTransition(() => setHeld(latest.current)));
    });
    return () => {
      cancelRest();
      cancelIdle();
    };
  }, [holding, held, value]);

  return (
    <Box
      ref={box as RefObject<HTMLDivElement & HTMLTableSectionElement>}
      className="near-view"
      data-behind={shown !== value ? 'true' : undefined}
    >
      <ParentHolds.Provider value={onScreen === false || parentHolds}>
        {children(shown, near || onScreen === true || !OBSERVABLE)}
      </ParentHolds.Provider>
    </Box>
  );
}
