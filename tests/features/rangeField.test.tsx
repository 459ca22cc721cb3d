// @vitest-environment jsdom
// RangeField: the slider and its number field follow the value they are given, put back a value their owner refused,
// and leave what the person is typing alone until they leave the field.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { RangeField } from '../../src/components/RangeField';

function Field({ accept, start = 25 }: { accept: (v: number) => number | null; start?: number }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <RangeField
        label="Rate"
        help="A rate"
        unit="%"
        unitName="percent"
        min={0}
        max={100}
        step={1}
        value={value}
        onChange={(v) => {
          const next = accept(v);
          if (next !== null) setValue(next);
        }}
      />
      <button type="button" onClick={() => setValue(70)}>
        set 70
      </button>
    </>
  );
}

const slider = () => screen.getByRole('slider', { name: 'Rate' });
const box = () => screen.getByRole('spinbutton');
/** The microtask the field queues after each change, then React's work. */
const settle = () => act(async () => await Promise.resolve());

describe('RangeField', () => {
  it('follows the value it is given, from a drag or from elsewhere, with the spoken value', async () => {
    render(<Field accept={(v) => v} />);
    expect(slider()).toHaveValue('25');
    fireEvent.change(slider(), { target: { value: '60' } });
    await settle();
    expect(slider()).toHaveValue('60');
    expect(box()).toHaveValue(60);
    expect(slider()).toHaveAttribute('aria-valuetext', '60 percent');
    fireEvent.click(screen.getByRole('button', { name: 'set 70' }));
    expect(slider()).toHaveValue('70');
    expect(box()).toHaveValue(70);
    expect(slider()).toHaveAttribute('aria-valuetext', '70 percent');
  });

  it('puts back a value its owner refused, and shows the one its owner chose instead', async () => {
    render(<Field accept={(v) => (v > 50 ? null : v)} />);
    fireEvent.change(slider(), { target: { value: '80' } });
    await settle();
    expect(slider()).toHaveValue('25');
    expect(box()).toHaveValue(25);
    render(<Field accept={() => 10} start={40} />);
    const second = screen.getAllByRole('slider', { name: 'Rate' })[1]!;
    fireEvent.change(second, { target: { value: '90' } });
    await settle();
    expect(second).toHaveValue('10');
  });

  it('leaves what the person is typing alone until they leave the field, then shows the value taken', async () => {
    render(<Field accept={(v) => v} />);
    fireEvent.change(box(), { target: { value: '4' } });
    await settle();
    expect(box()).toHaveValue(4);
    expect(slider()).toHaveValue('4');
    // Out of range while typing: the draft stays, the value does not move.
    fireEvent.change(box(), { target: { value: '400' } });
    await settle();
    expect(box()).toHaveValue(400);
    expect(slider()).toHaveValue('4');
    // Leaving the field clamps the draft into the range.
    fireEvent.blur(box());
    await settle();
    expect(slider()).toHaveValue('100');
    expect(box()).toHaveValue(100);
  });

  it('Page Up moves ten steps', async () => {
    render(<Field accept={(v) => v} />);
    fireEvent.keyDown(slider(), { key: 'PageUp' });
    await settle();
    expect(slider()).toHaveValue('35');
  });
});
