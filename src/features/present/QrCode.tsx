// A QR code of a link, drawn as SVG from the module matrix of the qrcode library (loaded on first use).
import { useEffect, useState } from 'react';
import { t } from '../../i18n';

export function QrCode({ text, size = 280, label }: { text: string; size?: number; label: string }) {
  const [matrix, setMatrix] = useState<{ size: number; dark: boolean[] } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    import('qrcode')
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
  }, [text]);
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
