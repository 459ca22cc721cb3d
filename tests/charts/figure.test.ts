// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureCsv, figureSvg, wrap, type BarsFigure, type LinesFigure } from '../../src/charts/figure';

const text = { title: 'Duty <by> sector & more', reading: 'Steel pays most.', source: 'Census 2024' };
const stamp = { scenario: 'Dec 2026, edited', dataVersion: 'abc123', link: 'https://example.org/?ca=35&mx=25' };
const words = { source: 'Source', scenario: 'Scenario', data: 'Data version', link: 'Link' };

const bars: BarsFigure = {
  kind: 'bars',
  unit: '%',
  series: [
    { key: 'a', label: 'IEEPA', color: '#111111' },
    { key: 'b', label: 'Section 232', color: '#222222' },
  ],
  bars: [['a', 'b']],
  rows: [
    { label: 'Canada', values: { a: 2, b: 3 } },
    { label: 'Mexico', values: { a: 0, b: 1.23456 } },
  ],
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('figureSvg', () => {
  it('is a standalone SVG of shapes and text, with no HTML inside', () => {
    const svg = figureSvg(bars, text, stamp, words);
    const doc = parse(svg);
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toMatch(/foreignObject|<div|<span/);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    // The title, the stamp (scenario, data version) and the link, each as text a reader of the file sees.
    expect(texts).toContain('Duty <by> sector & more');
    expect(texts.some((t) => t?.includes('Dec 2026, edited') && t.includes('abc123'))).toBe(true);
    expect(texts.join('')).toContain('https://example.org/?ca=35&mx=25');
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(text.title);
  });

  it('draws each non-zero segment at its share of the axis (worked example)', () => {
    const doc = parse(figureSvg(bars, text, stamp, words));
    // Rects: the white background, then one per non-zero value (2, 3, 1.23456), then the legend's two swatches.
    const rects = [...doc.getElementsByTagName('rect')].map((r) => Number(r.getAttribute('width')));
    expect(rects).toHaveLength(1 + 3 + 2);
    // Largest stack 2 + 3 = 5, a round axis of 5; plot width 960 - (24 + 230) - 24 - 70 = 612 px, 122.4 px a unit.
    expect(rects.slice(1, 4)).toEqual([244.8, 367.2, 151.1]); // 2 x 122.4; 3 x 122.4; 1.23456 x 122.4 = 151.11
    // The stacked total is written at the bar's end: "5%" for Canada.
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toContain('5%');
  });

  it('stacks negative values left of zero', () => {
    const diverging: BarsFigure = { ...bars, rows: [{ label: 'Steel', values: { a: 4, b: -2 } }] };
    const doc = parse(figureSvg(diverging, text, stamp, words));
    const [, pos, neg] = [...doc.getElementsByTagName('rect')];
    // Axis: 5 to the right (nice max of 4), 2 to the left: 7 units over 612 px, zero at 254 + 2 x 87.43 = 428.9.
    expect(Number(pos?.getAttribute('x'))).toBeCloseTo(428.9, 1);
    expect(Number(neg?.getAttribute('x')) + Number(neg?.getAttribute('width'))).toBeCloseTo(428.9, 1);
  });

  it('breaks a line at a missing value and marks the point given', () => {
    const lines: LinesFigure = {
      kind: 'lines',
      xLabel: 'Month',
      unit: '%',
      x: [0, 1, 2, 3].map((i) => ({ value: i, label: `m${i}` })),
      series: [
        { key: 'p', label: 'Program', color: '#333333', area: true, values: [1, 2, 3, 4] },
        { key: 'o', label: 'Observed', color: '#444444', dashed: true, values: [1, null, 2, 2.5] },
      ],
      marker: { x: 3, y: 6, label: 'now 6%', color: '#555555' },
    };
    const doc = parse(figureSvg(lines, text, stamp, words));
    expect(doc.getElementsByTagName('polygon')).toHaveLength(1);
    const d = doc.getElementsByTagName('path')[0]?.getAttribute('d') ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(doc.getElementsByTagName('circle')).toHaveLength(1);
    // Values 1 to 6 (the stack reaches 4, the marker 6): a step of 2 (6 / 4 = 1.5, rounded up), axis 0, 2, 4, 6.
    const ticks = [...doc.getElementsByTagName('text')].map((t) => t.textContent).filter((t) => /^\d+%$/.test(t ?? ''));
    expect(ticks).toEqual(['0%', '2%', '4%', '6%']);
  });
});

describe('figureCsv', () => {
  it('has the stamp in header lines and one row per bar row, to four decimals', () => {
    const lines = figureCsv(bars, text, stamp, words).replace('\uFEFF', '').trim().split('\r\n');
    // Every record has the table's three fields (RFC 4180): the header lines are padded, and quoted at a comma.
    expect(lines[0]).toBe('# Duty <by> sector & more,,');
    expect(lines[1]).toBe('"# Scenario: Dec 2026, edited; Data version: abc123",,');
    expect(lines[3]).toBe('# Link: https://example.org/?ca=35&mx=25,,');
    expect(lines[4]).toBe(',IEEPA (%),Section 232 (%)');
    expect(lines.slice(5)).toEqual(['Canada,2,3', 'Mexico,0,1.2346']);
  });
});

describe('wrap', () => {
  it('keeps every word, in order, in lines no longer than the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,30}$/), { maxLength: 40 }),
        fc.integer({ min: 5, max: 60 }),
        (w, max) => {
          const lines = wrap(w.join(' '), max);
          expect(lines.every((l) => l.length <= max)).toBe(true);
          expect(lines.join(' ').replace(/ /g, '')).toBe(w.join(''));
        },
      ),
    );
  });
});
