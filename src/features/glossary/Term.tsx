// A term's definition where the term is read: a small ? button opens it (keyboard and pointer alike; Escape or a
// click elsewhere closes it), drawn beside the button in the top layer (the HTML popover), so nothing moves.
import { memo, useId } from 'react';
import { t } from '../../i18n';
import { termKey, textKey, type GlossaryId } from '../../i18n/glossary';

/** Memoised: its words change only with the language, and the screens remount on a language switch. */
export const Term = memo(function Term({ id }: { id: GlossaryId }) {
  const uid = useId();
  const popover = `term-${id}-${uid.replace(/[^\w-]/g, '')}`;
  const term = t(termKey(id));
  return (
    <>
      <button
        type="button"
        className="term-button"
        popoverTarget={popover}
        aria-label={t('glossary.what', { term })}
        data-term={id}
      >
        ?
      </button>
      <span id={popover} popover="auto" role="note" className="term-popover">
        <strong>{term}</strong> {t(textKey(id))}
      </span>
    </>
  );
});
