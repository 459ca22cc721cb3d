// Saved-scenario problems in the reader's language.
import { t } from '../../i18n';
import type { ImportError, SavedReason } from '../../state/savedStorage';

export function savedReasonText(r: SavedReason): string {
  switch (r.code) {
    case 'notJson':
      return t('saved.reason.notJson');
    case 'newer':
      return t('saved.reason.newer', { version: r.version });
    case 'unknownFormat':
      return t('saved.reason.unknownFormat');
    case 'entry':
      return t(`saved.reason.entry.${r.where}`, { n: r.n, preview: r.preview, detail: r.detail });
  }
}

export function importErrorText(e: ImportError): string {
  switch (e.code) {
    case 'notJson':
      return t('saved.import.notJson');
    case 'notOurs':
      return t('saved.import.notOurs');
    case 'wrongFormat':
      return t('saved.import.wrongFormat', { version: e.version, expected: e.expected });
    case 'noList':
      return t('saved.import.noList');
    case 'entry':
      return savedReasonText(e.reason);
  }
}
