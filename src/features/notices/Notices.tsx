// Dismissible notices: what a link, saved data or an import got wrong, in plain words (rendered as text only).
import { t } from '../../i18n';
import { useAppStore } from '../../state/store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <section key={n.id} className={`notice is-${n.tone}`} role="alert" aria-labelledby={`notice-${n.id}`}>
          <div className="notice-head">
            <h2 id={`notice-${n.id}`}>{n.title}</h2>
            <button
              type="button"
              className="notice-dismiss"
              onClick={() => dismiss(n.id)}
              aria-label={t('notice.dismissLabel', { title: n.title })}
            >
              {t('notice.dismiss')}
            </button>
          </div>
          {n.items.length > 0 && (
            <ul>
              {n.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
