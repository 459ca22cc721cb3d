// A box whose changes inside lay out that box only, not the page around it.
import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A relayout boundary: once its content has been measured, the box takes that height and size and layout
 * containment, so a number that changes inside it lays out the box alone (Chrome walks 4 objects instead of the
 * page's 1,550 for a headline number). Its height follows its content: a ResizeObserver on the content sets it again
 * whenever the content's height changes (a longer sentence, another language, a narrower window), before that frame
 * is painted. Until measured (the build's static screen, a test's DOM), it is an ordinary box. Not for a grid or flex
 * item (Chrome does not make those boundaries): put it inside one.
 */
export function Contained({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(([entry]) => {
      const height = entry?.borderBoxSize?.[0]?.blockSize;
      if (height === undefined) return;
      const px = `${height}px`;
      if (box.style.blockSize !== px) box.style.blockSize = px;
      if (!box.hasAttribute('data-contained')) box.setAttribute('data-contained', '');
    });
    observer.observe(content);
    return () => {
      observer.disconnect();
      box.style.blockSize = '';
      box.removeAttribute('data-contained');
    };
  }, []);
  return (
    <div ref={outer} className="contained">
      <div ref={inner} className="contained-content">
        {children}
      </div>
    </div>
  );
}
