// Keeps the address bar and the store in step: the link opened sets the store, every change updates the link.
import { useEffect } from 'react';
import type { StoreApi } from 'zustand';
import { matchingPreset } from '../model/presets';
import { lessonParams, parseLesson } from './lesson';
import { PARAMS, toDisplay } from './parameters';
import type { AppState } from './store';
import { t, type Locale, type MessageKey } from '../i18n';
import {
  COMPARE_PREFIX,
  parseLink,
  toSearch,
  V1_DEFAULTS,
  type LinkProblem,
  type ParsedLink,
  type ProblemReason,
} from './urlCodec';
import type { Notice } from './viewSlice';

/** How long a slider must rest before its value replaces the current history entry. */
const DRAG_SETTLE_MS = 150;
export const LINK_NOTICE_ID = 'link-problems';

/** A refused value's reason in the reader's language. */
export function reasonText(r: ProblemReason): string {
  const { code, ...args } = r;
  return t(`link.reason.${code}` as MessageKey, args as Record<string, string | number>);
}

/** "ca = "abc": not a number…; the default (35%) is used instead." */
export function describeProblem(p: LinkProblem): string {
  const name = p.param.startsWith(COMPARE_PREFIX) ? p.param.slice(COMPARE_PREFIX.length) : p.param;
  const param = PARAMS.find((x) => x.url === name);
  const base = { param: p.param, value: p.value, reason: reasonText(p.reason) };
  if (!param) return t('link.problem', base);
  const d = V1_DEFAULTS[param.key];
  const fallback =
    param.kind === 'number'
      ? `${toDisplay(param, d as number)}${param.unit === '%' ? '%' : ''}`
      : param.kind === 'boolean'
        ? d
          ? 'on'
          : 'off'
        : String(d);
  return t('link.problemDefault', { ...base, fallback });
}

export function problemsNotice(problems: readonly LinkProblem[]): Notice {
  return {
    id: LINK_NOTICE_ID,
    tone: 'warning',
    title: problems.length === 1 ? t('link.problems.one') : t('link.problems.many', { n: problems.length }),
    items: problems.map(describeProblem),
  };
}

/** The store's starting state for a link (its problems become a notice). */
export function stateFromLink(link: ParsedLink, search = '', fallbackLang: Locale = 'en'): Partial<AppState> {
  const lesson = parseLesson(search);
  const problems = [...link.problems, ...lesson.problems];
  // In a presentation the current step sets the scenario (the links the app writes carry both, and agree).
  const step = lesson.lesson?.steps[lesson.at];
  const shown = step ? parseLink(step.search) : link;
  return {
    presentation: lesson.lesson ? { lesson: lesson.lesson, at: lesson.at } : null,
    view: link.view,
    lang: link.lang ?? fallbackLang,
    langChosen: link.lang !== null,
    scenario: shown.scenario,
    presetId: shown.presetId ?? matchingPreset(shown.scenario),
    compare: link.compare,
    comparePresetId: link.comparePresetId,
    embed: link.embed,
    unknownParams: link.unknown,
    linkDataVersion: link.dataVersion,
    notices: problems.length ? [problemsNotice(problems)] : [],
  };
}

export function searchOf(s: AppState, dataVersion: string | null): string {
  const base = toSearch({
    scenario: s.scenario,
    presetId: s.presetId,
    compare: s.compare,
    comparePresetId: s.comparePresetId,
    view: s.view,
    lang: s.langChosen ? s.lang : null,
    embed: s.embed,
    dataVersion,
    unknown: s.unknownParams,
  });
  if (!s.presentation) return base;
  return `${base}&${new URLSearchParams(lessonParams(s.presentation.lesson, s.presentation.at)).toString()}`;
}

/** Writes each change into the address bar (replace while dragging, a new entry per step) and follows Back/Forward. */
export function useUrlSync(store: StoreApi<AppState>, dataVersion: string | null): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = (mode: 'push' | 'replace') => {
      const search = searchOf(store.getState(), dataVersion);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    };
    // The link the page opened with gains its data version (and loses nothing it had).
    write('replace');
    const unsubscribe = store.subscribe((state, prev) => {
      if (
        state.scenario === prev.scenario &&
        state.presetId === prev.presetId &&
        state.compare === prev.compare &&
        state.embed === prev.embed &&
        state.presentation === prev.presentation &&
        state.view === prev.view &&
        state.lang === prev.lang
      )
        return;
      if (state.changeKind === 'history') return;
      clearTimeout(timer);
      if (state.changeKind === 'drag') timer = setTimeout(() => write('replace'), DRAG_SETTLE_MS);
      else write('push');
    });
    const onPop = () => {
      const link = parseLink(window.location.search);
      store.getState().loadScenario(link.scenario, link.presetId, 'history');
      const lesson = parseLesson(window.location.search);
      store.setState({
        compare: link.compare,
        comparePresetId: link.comparePresetId,
        presentation: lesson.lesson ? { lesson: lesson.lesson, at: lesson.at } : null,
        view: link.view,
      });
      if (link.problems.length) store.getState().addNotice(problemsNotice(link.problems));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [store, dataVersion]);
}
