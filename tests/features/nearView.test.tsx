// @vitest-environment jsdom
// NearView: a box near the viewport follows every value at once; a far one holds its last value and catches up
// after the input rests, when it comes near, or before printing. The intersection reports are driven by hand.
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

type Report = (entries: { isIntersecting: boolean }[]) => void;
const observers: { report: Report; margin: string }[] = [];
class FakeIntersectionObserver {
  constructor(report: Report, options?: { rootMargin?: string }) {
    observers.push({ report, margin: options?.rootMargin ?? '' });
  }
  observe() {}
  disconnect() {}
}
/** Reports every box as near (true) or far (false) for every margin, as the browser does after a long scroll. */
const report = (isIntersecting: boolean) => act(() => observers.forEach((o) => o.report([{ isIntersecting }])));
/** Reports for one margin only: on screen, or within half a viewport of it. */
const reportAt = (margin: string, isIntersecting: boolean) =>
  act(() => observers.filter((o) => o.margin === margin).forEach((o) => o.report([{ isIntersecting }])));

let NearView: typeof import('../../src/components/NearView').NearView;
let QUIET_MS: number;
let SCREEN_MARGIN: string;
let NEAR_MARGIN: string;
beforeAll(async () => {
  // Installed before the module loads: it decides once whether the page can observe intersections.
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  ({ NearView, QUIET_MS, SCREEN_MARGIN, NEAR_MARGIN } = await import('../../src/components/NearView'));
});
afterEach(() => {
  observers.length = 0;
  vi.useRealTimers();
});

function Panel({ value }: { value: number }) {
  return (
    <NearView value={value}>
      {(v, near) => (
        <p data-testid="panel">
          {v} {near ? 'near' : 'far'}
        </p>
      )}
    </NearView>
  );
}
const shown = () => screen.getByTestId('panel').textContent;
const behind = () => screen.getByTestId('panel').parentElement?.dataset.behind;

describe('NearView', () => {
  it('follows every value at once while near the viewport', () => {
    const { rerender } = render(<Panel value={1} />);
    // Before the first report: the latest value, and not yet known to be near.
    expect(shown()).toBe('1 far');
    report(true);
    expect(shown()).toBe('1 near');
    rerender(<Panel value={2} />);
    expect(shown()).toBe('2 near');
    expect(behind()).toBeUndefined();
  });

  it('far away, holds its value through a run of steps and catches up once the input has rested', async () => {
    vi.useFakeTimers();
    const { rerender } = render(<Panel value={1} />);
    report(false);
    rerender(<Panel value={2} />);
    rerender(<Panel value={3} />);
    expect(shown()).toBe('1 far');
    expect(behind()).toBe('true');
    // Another step before the rest is over restarts the wait.
    await act(() => vi.advanceTimersByTimeAsync(QUIET_MS - 10));
    rerender(<Panel value={4} />);
    await act(() => vi.advanceTimersByTimeAsync(QUIET_MS - 10));
    expect(shown()).toBe('1 far');
    // Rest, then idle time (jsdom has no requestIdleCallback: the next task).
    await act(() => vi.advanceTimersByTimeAsync(20));
    expect(shown()).toBe('4 far');
    expect(behind()).toBeUndefined();
  });

  it('catches up at once when it comes near, and before the page prints', () => {
    const { rerender } = render(<Panel value={1} />);
    report(false);
    rerender(<Panel value={2} />);
    expect(shown()).toBe('1 far');
    report(true);
    expect(shown()).toBe('2 near');
    // Leaving holds what is on screen: nothing changes until the value does.
    report(false);
    expect(shown()).toBe('2 far');
    rerender(<Panel value={3} />);
    expect(shown()).toBe('2 far');
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(shown()).toBe('3 far');
  });

  it('near but out of sight: starts its lazy work, and still holds its value while the input moves', () => {
    const { rerender } = render(<Panel value={1} />);
    // Two observers, one per margin: the screen strip is the narrower one.
    expect(observers.map((o) => o.margin).sort()).toEqual([NEAR_MARGIN, SCREEN_MARGIN].sort());
    reportAt(SCREEN_MARGIN, false);
    reportAt(NEAR_MARGIN, true);
    expect(shown()).toBe('1 near');
    rerender(<Panel value={2} />);
    expect(shown()).toBe('1 near');
    expect(behind()).toBe('true');
    // Scrolled on screen: the latest value at once.
    reportAt(SCREEN_MARGIN, true);
    expect(shown()).toBe('2 near');
    expect(behind()).toBeUndefined();
  });

  it('many boxes behind share one wait: a step restarts one timer, and all of them catch up after it', async () => {
    vi.useFakeTimers();
    const Two = ({ value }: { value: number }) => (
      <>
        <Panel value={value} />
        <Panel value={value * 10} />
      </>
    );
    const { rerender } = render(<Two value={1} />);
    report(false);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    await act(async () => rerender(<Two value={2} />));
    expect(timers.mock.calls.filter(([, ms]) => ms === QUIET_MS)).toHaveLength(1);
    timers.mockRestore();
    const texts = () => screen.getAllByTestId('panel').map((p) => p.textContent);
    expect(texts()).toEqual(['1 far', '10 far']);
    await act(() => vi.advanceTimersByTimeAsync(QUIET_MS + 20));
    expect(texts()).toEqual(['2 far', '20 far']);
  });

  it('a box inside a box that holds follows its parent: both catch up after one rest, not one rest each', async () => {
    vi.useFakeTimers();
    const Nested = ({ value }: { value: number }) => (
      <NearView value={value}>
        {(outer) => (
          <>
            <p data-testid="outer">{outer}</p>
            <NearView value={outer}>{(inner) => <p data-testid="inner">{inner}</p>}</NearView>
          </>
        )}
      </NearView>
    );
    const { rerender } = render(<Nested value={1} />);
    report(false);
    await act(async () => rerender(<Nested value={2} />));
    expect([screen.getByTestId('outer').textContent, screen.getByTestId('inner').textContent]).toEqual(['1', '1']);
    await act(() => vi.advanceTimersByTimeAsync(QUIET_MS + 20));
    expect([screen.getByTestId('outer').textContent, screen.getByTestId('inner').textContent]).toEqual(['2', '2']);
  });

  it('as a tbody, groups of a table’s rows: the group out of sight holds, the one on screen follows', async () => {
    vi.useFakeTimers();
    const Table = ({ value }: { value: number }) => (
      <table>
        {[0, 1].map((k) => (
          <NearView key={k} as="tbody" value={value + k}>
            {(v) => (
              <tr>
                <td data-testid={`row-${k}`}>{v}</td>
              </tr>
            )}
          </NearView>
        ))}
      </table>
    );
    const { rerender } = render(<Table value={1} />);
    const [first, second] = observers.filter((o) => o.margin === SCREEN_MARGIN);
    act(() => {
      first!.report([{ isIntersecting: true }]);
      second!.report([{ isIntersecting: false }]);
    });
    rerender(<Table value={5} />);
    const row = (k: number) => screen.getByTestId(`row-${k}`);
    expect(row(0).closest('tbody')?.parentElement?.tagName).toBe('TABLE');
    expect([row(0).textContent, row(1).textContent]).toEqual(['5', '2']);
    expect(row(1).closest('tbody')?.dataset.behind).toBe('true');
    await act(() => vi.advanceTimersByTimeAsync(QUIET_MS + 20));
    expect([row(0).textContent, row(1).textContent]).toEqual(['5', '6']);
  });
});
