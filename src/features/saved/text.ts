// Saved-scenario problems as words (worded in the reader's language when shown).
import { words, type Words } from '../../i18n';
import type { SavedReason } from '../../state/savedStorage';

export function savedReasonWords(r: SavedReason): Words {
  switch (r.code) {
    case 'notJson':
      return words('saved.reason.notJson');
    case 'newer':
      return words('saved.reason.newer', { version: r.version });
    case 'unknownFormat':
      return words('saved.reason.unknownFormat');
    case 'entry':
      return words(`saved.reason.entry.${r.where}`, { n: r.n, preview: r.preview, detail: r.detail });
  }
}
