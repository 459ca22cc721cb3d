// Saved-scenario problems as words (worded in the reader's language when shown).
import { say, words, type Words } from '../../i18n';
import type { ImportError, SavedReason } from '../../state/savedStorage';

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

export function importErrorText(e: ImportError): string {
  switch (e.code) {
    case 'notJson':
      return say(words('saved.import.notJson'));
    case 'notOurs':
      return say(words('saved.import.notOurs'));
    case 'wrongFormat':
      return say(words('saved.import.wrongFormat', { version: e.version, expected: e.expected }));
    case 'noList':
      return say(words('saved.import.noList'));
    case 'tooMany':
      return say(words('saved.import.tooMany', { n: e.n, max: e.max }));
    case 'entry':
      return say(savedReasonWords(e.reason));
  }
}
