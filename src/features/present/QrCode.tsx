// A QR code of a link, drawn as SVG from the module matrix of the qrcode library (loaded on first use).
import { useEffect, useState } from 'react';
import { t } from '../../i18n';
import { importWithReload } from '../../lib/lazy';

/** What a QR code holds at error-correction level M (version 40, bytes): longer text cannot be drawn. */
export const QR_MAX_BYTES = 2331;

export function QrCode({ text, size = 280, label }: { text: string; size?: number; label: string }) {
  const [matrix, setMatrix] = useState<{ size: number; dark: boolean[] } | null>(null);
  const [error, setError] = useState('');
  const bytes = new TextEncoder().encode(text).length;
  useEffect(() => {
    let live = true;
    if (bytes > QR_MAX_BYTES) return;
    importWithReload(() => import('qrcode'))
      .then((QR) => {
        const qr = QR.create(text, { errorCorrectionLevel: 'M' });
        const n = qr.modules.size;
        const dark = Array.from({ length: n * n }, (_, i) => qr.modules.get(i % n, Math.floor(i / n)) === 1);
        if (live) setMatrix({ size: n, dark });
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : 'QR code unavailable'));
    return () => {
      live = false;
    };
  }, [text, bytes]);
  if (bytes > QR_MAX_BYTES) return <p role="alert">{t('present.qrTooLong', { n: bytes, max: QR_MAX_BYTES })}</p>;
  if (error) return <p role="alert">{t('present.qrError', { detail: error })}</p>;
  if (!matrix) return <div style={{ width: size, height: size }} aria-busy="true" />;
  const n = matrix.size + 8;
  let d = '';
  matrix.dark.forEach((on, i) => {
    if (on) d += `M${(i % matrix.size) + 4} ${Math.floor(i / matrix.size) + 4}h1v1h-1z`;
  });
  return (
    <svg width={size} height={size} viewBox={`0 0 ${n} ${n}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
