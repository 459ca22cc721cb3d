// The screens of the app (simulator, methodology, reality check) and the presentation overlay above them.
import { lazy, Suspense } from 'react';
import type { Dataset } from '../model/types';
import { useAppStore } from '../state/store';
import type { View } from '../state/urlCodec';
import { Simulator } from './Simulator';

const MethodologyPage = lazy(() =>
  import('./methodology/MethodologyPage').then((m) => ({ default: m.MethodologyPage })),
);
const RealityPage = lazy(() => import('./reality/RealityPage').then((m) => ({ default: m.RealityPage })));
const PresentationView = lazy(() =>
  import('./present/PresentationView').then((m) => ({ default: m.PresentationView })),
);

export const SCREENS: { view: View | null; label: string }[] = [
  { view: null, label: 'Simulator' },
  { view: 'methodology', label: 'Methodology' },
  { view: 'reality', label: '2025 reality check' },
];

export function ScreenNav() {
  const view = useAppStore((s) => s.view);
  const showView = useAppStore((s) => s.showView);
  return (
    <nav className="screen-nav" aria-label="Screens">
      {SCREENS.map((s) => (
        <button
          key={s.label}
          type="button"
          aria-current={view === s.view ? 'page' : undefined}
          onClick={() => showView(s.view)}
        >
          {s.label}
        </button>
      ))}
    </nav>
  );
}

export function Screens({ dataset }: { dataset: Dataset }) {
  const view = useAppStore((s) => s.view);
  const presenting = useAppStore((s) => s.presentation !== null);
  return (
    <>
      {presenting && (
        <Suspense fallback={<div className="presentation">Loading the presentation…</div>}>
          <PresentationView dataset={dataset} />
        </Suspense>
      )}
      <Suspense fallback={<p className="help">Loading…</p>}>
        {view === 'methodology' ? (
          <MethodologyPage dataset={dataset} />
        ) : view === 'reality' ? (
          <RealityPage dataset={dataset} />
        ) : (
          <Simulator dataset={dataset} />
        )}
      </Suspense>
    </>
  );
}
