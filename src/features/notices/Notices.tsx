// Dismissible notices: what a link, saved data or an import got wrong, in plain words (rendered as text only).
import { say, t } from '../../i18n';
import { useAppStore } from '../../state/store';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  // Notices hold words, not sentences: read the language so that a switch rewords them.
  useAppStore((s) => s.lang);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <section key={n.id} className={`notice is-${n.tone}`} role="alert" aria-labelledby={`notice-${n.id}`}>
          <div className="notice-head">
            <h2 id={`notice-${n.id}`}>{say(n.title)}</h2>
            <button
              type="button"
              className="notice-dismiss"
              onClick={() => dismiss(n.id)}
              aria-label={t('notice.dismissLabel', { title: say(n.title) })}
            >
              {t('notice.dismiss')}
            </button>
          </div>
          {n.items.length > 0 && (
            <ul>
              {n.items.map((item, i) => (
                <li key={i}>{say(item)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
