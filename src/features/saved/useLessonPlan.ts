// The teacher's lesson plan, kept in localStorage: read once, written on every edit, and taken from another tab
// when that tab writes it (the last edit wins). A plan that cannot be read is left in storage until the teacher
// edits, and said so; storage that refuses writes is said so too, and the plan still works for this visit.
import { useCallback, useEffect, useState } from 'react';
import { t } from '../../i18n';
import { EMPTY_PLAN, parsePlan, serializePlan, type LessonPlan } from '../../state/lessonPlan';
import { LESSON_PLAN_STORAGE_KEY } from '../../state/persistence';

function readStored(): { plan: LessonPlan; problem: string } {
  try {
    const { plan, unreadable } = parsePlan(window.localStorage.getItem(LESSON_PLAN_STORAGE_KEY));
    return { plan, problem: unreadable ? t('plan.unreadable') : '' };
  } catch {
    return { plan: EMPTY_PLAN, problem: t('plan.noStorage') };
  }
}

export function useLessonPlan(): { plan: LessonPlan; setPlan: (next: LessonPlan) => void; problem: string } {
  const [{ plan, problem }, setState] = useState(readStored);
  const setPlan = useCallback((next: LessonPlan) => {
    let failed = '';
    try {
      window.localStorage.setItem(LESSON_PLAN_STORAGE_KEY, serializePlan(next));
    } catch {
      failed = t('plan.noStorage');
    }
    setState({ plan: next, problem: failed });
  }, []);
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === LESSON_PLAN_STORAGE_KEY) setState(readStored());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return { plan, setPlan, problem };
}
