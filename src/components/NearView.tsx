// A panel that follows every step while a person can see it, and catches up soon after when they cannot.
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { whenIdle } from '../lib/idle';

/** How long the input must rest before a panel far from the viewport catches up (a drag sends a step per frame). */
export const QUIET_MS = 250;
/** "Near" is within half a viewport above or below the visible part of the page. */
const MARGIN = '50% 0px 50% 0px';
/** Where nothing reports intersections (a test's DOM), every box counts as near: it always shows the latest. */
const OBSERVABLE = typeof IntersectionObserver === 'function';

/**
 * Renders `children(value)`. While the box is on screen or within half a viewport of it, that is the latest value,
 * in the same frame as the step. Farther away, the box keeps the value it last rendered, so a slider step costs
 * nothing there, and catches up in an interruptible render once the input has rested for QUIET_MS, as it scrolls
 * near, or before the page prints, whichever comes first. `data-behind` marks a box that has not caught up yet.
 * The children must be memoised on `value`, or the parent's render redoes them anyway.
 */
export function NearView<T>({
  value,
  children,
}: {
  value: T;
  /** `near` is true once the box is known to be near the viewport: the time to start work worth doing only there. */
  children: (value: T, near: boolean) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(value);
  // null until the first observation: the box shows the latest value (as the build's static screen does).
  const [near, setNear] = useState<boolean | null>(null);
  const [held, setHeld] = useState(value);
  const shown = near === false ? held : value;

  useEffect(() => {
    latest.current = value;
  });

  useEffect(() => {
    const el = box.current;
    if (!el || !OBSERVABLE) return;
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (!entry) return;
        // Leaving: hold what is on screen now (the latest value), so nothing changes until it is needed.
        if (!entry.isIntersecting) setHeld(latest.current);
        setNear(entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(el);
    const print = () => flushSync(() => setHeld(latest.current));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, []);

  useEffect(() => {
    if (near !== false || held === value) return;
    let cancelIdle = () => {};
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(() => startTransition(() => setHeld(latest.current)));
    }, QUIET_MS);
    return () => {
      window.clearTimeout(timer);
      cancelIdle();
    };
  }, [near, held, value]);

  return (
    <div ref={box} className="near-view" data-behind={shown !== value ? 'true' : undefined}>
      {children(shown, near === true || !OBSERVABLE)}
    </div>
  );
}
