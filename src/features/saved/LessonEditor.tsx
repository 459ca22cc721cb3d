// The lesson a teacher builds from the ticked saved scenarios: its name, the order of its steps, and each step's
// title on screen, notes (presenter view only) and question for the class.
import { t } from '../../i18n';
import { MAX_NOTE, MAX_STEPS, MAX_TITLE } from '../../state/lesson';
import { describeScenario } from '../../state/stepWords';
import { editStep, moveStep, NO_EDIT, planItems, type LessonPlan } from '../../state/lessonPlan';
import type { SavedScenario } from '../../state/savedStorage';
import { parseLink } from '../../state/urlCodec';

export function LessonEditor({
  plan,
  setPlan,
  saved,
}: {
  plan: LessonPlan;
  setPlan: (next: LessonPlan) => void;
  saved: readonly SavedScenario[];
}) {
  const items = planItems(plan, saved).slice(0, MAX_STEPS);
  return (
    <section className="lesson-plan" aria-labelledby="lesson-plan-title">
      <h3 id="lesson-plan-title">{t('plan.title')}</h3>
      <label className="field">
        <span className="field-label">{t('plan.name')}</span>
        <input
          value={plan.title}
          maxLength={MAX_TITLE}
          placeholder={t('lesson.custom.title')}
          onChange={(e) => setPlan({ ...plan, title: e.target.value })}
        />
      </label>
      {items.length === 0 ? (
        <p className="help">{t('plan.empty')}</p>
      ) : (
        <ol className="plan-steps">
          {items.map((item, i) => {
            const edit = plan.edits[item.id] ?? NO_EDIT;
            const shown = edit.title.trim() || item.name;
            const change = (e: Partial<typeof edit>) => setPlan(editStep(plan, item.id, e));
            return (
              <li key={item.id}>
                <div className="plan-step-head">
                  <span className="plan-step-title">{shown}</span>
                  <button
                    type="button"
                    disabled={i === 0}
                    aria-label={t('plan.up', { name: shown })}
                    onClick={() => setPlan(moveStep(plan, saved, item.id, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={i === items.length - 1}
                    aria-label={t('plan.down', { name: shown })}
                    onClick={() => setPlan(moveStep(plan, saved, item.id, 1))}
                  >
                    ↓
                  </button>
                </div>
                <details className="plan-step-edit">
                  <summary>{t('plan.edit', { n: i + 1 })}</summary>
                  <label className="field">
                    <span className="field-label">{t('plan.stepTitle')}</span>
                    <input
                      value={edit.title}
                      maxLength={MAX_TITLE}
                      placeholder={item.name}
                      onChange={(e) => change({ title: e.target.value })}
                    />
                  </label>
                  <label className="field">
                    <span className="field-label">{t('plan.notes')}</span>
                    <textarea
                      value={edit.notes}
                      maxLength={MAX_NOTE}
                      rows={3}
                      placeholder={describeScenario(parseLink(item.search).scenario)}
                      onChange={(e) => change({ notes: e.target.value })}
                    />
                  </label>
                  <label className="field">
                    <span className="field-label">{t('plan.question')}</span>
                    <input
                      value={edit.question}
                      maxLength={MAX_NOTE}
                      onChange={(e) => change({ question: e.target.value })}
                    />
                  </label>
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
