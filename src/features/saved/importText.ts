// What went wrong with an imported file, in words (with the saved panel, not the first screen: the first screen
// needs only savedReasonWords, for what storage held).
import { say, words } from '../../i18n';
import type { ImportError } from '../../state/savedStorage';
import { savedReasonWords } from './text';

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
