// "A new version is available": shown when a deploy waits to take over; reloading keeps the scenario (it is in the link).
import { t } from '../../i18n';
import { useAppStore } from '../../state/store';

export function UpdateBanner() {
  const apply = useAppStore((s) => s.pendingUpdate);
  const offerUpdate = useAppStore((s) => s.offerUpdate);
  if (!apply) return null;
  return (
    <section className="notice is-info update-banner" role="status" aria-labelledby="update-title">
      <div className="notice-head">
        <h2 id="update-title">{t('app.update.title')}</h2>
        <span className="button-row">
          <button type="button" onClick={apply}>
            {t('app.update.reload')}
          </button>
          <button type="button" className="notice-dismiss" onClick={() => offerUpdate(null)}>
            {t('app.update.later')}
          </button>
        </span>
      </div>
      <p>{t('app.update.body')}</p>
    </section>
  );
}
