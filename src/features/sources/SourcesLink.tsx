// "Every source, and the files to download": a link to the Sources page from the pages that cite them.
import { t } from '../../i18n';
import { useAppStore } from '../../state/store';

export function SourcesLink() {
  const showView = useAppStore((s) => s.showView);
  return (
    <p className="help sources-link">
      {t('sources.see')}{' '}
      <a
        href="?view=sources"
        onClick={(e) => {
          e.preventDefault();
          showView('sources');
          window.scrollTo(0, 0);
        }}
      >
        {t('sources.seeLink')}
      </a>
    </p>
  );
}
