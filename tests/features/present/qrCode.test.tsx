// @vitest-environment jsdom
// The QR code either draws the link or says why it cannot: a QR code holds at most 2,331 bytes at level M.
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, QrCode } from '../../../src/features/present/QrCode';

describe('QrCode', () => {
  it('draws a short link as an image of dark modules', async () => {
    render(<QrCode text="https://example.test/?v=1&ca=40" label="QR code of this step's link" />);
    const img = await screen.findByRole('img', { name: "QR code of this step's link" });
    expect(img.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });

  it('says why a link too long for a QR code has none', () => {
    const text = `https://example.test/?pad=${'x'.repeat(QR_MAX_BYTES)}`;
    render(<QrCode text={text} label="QR" />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      `This link is too long for a QR code (${text.length} characters`,
    );
    expect(screen.queryByRole('img')).toBeNull();
  });
});
