import { useEffect } from 'react';
import { confirmLeave } from '../../lib/unsaved-changes';
import { useRequestsView } from '../requests/view-store';
import { useNavigationStore } from './navigation-store';
import { openSection } from './open-section';
import { isTyping, shortcutFor } from './shortcuts';

/** Frames to wait for a screen to render its search field after moving there. */
const FOCUS_TRIES = 10;

/** Focuses the screen's search field; without one, the inbox's (going there first). */
function focusSearch(): void {
  const field = () => document.querySelector<HTMLInputElement>('#main input[type="search"]');
  const here = field();
  if (here) {
    here.focus();
    return;
  }
  if (!confirmLeave()) return;
  openSection('requests');
  let tries = 0;
  const attempt = () => {
    const input = field();
    if (input) input.focus();
    else if (++tries < FOCUS_TRIES) window.requestAnimationFrame(attempt);
  };
  window.requestAnimationFrame(attempt);
}

/**
 * The app's keyboard shortcuts while the vault is open (see `shortcuts.ts`): ignored while
 * typing in a field or with a dialog open; every move away from a form asks first when it
 * holds unsaved changes.
 */
export function useShortcuts(openHelp: () => void): void {
  useEffect(() => {
    let afterG = false;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) {
        afterG = false;
        return;
      }
      const action = shortcutFor(event.key, { ctrl: event.ctrlKey, meta: event.metaKey, alt: event.altKey }, afterG);
      afterG = action?.kind === 'go-prefix';
      if (!action) return;
      event.preventDefault();
      if (action.kind === 'help') openHelp();
      else if (action.kind === 'search') focusSearch();
      else if (action.kind === 'new-request' && confirmLeave()) {
        useRequestsView.getState().showNew();
        useNavigationStore.getState().go('requests');
      } else if (action.kind === 'go' && confirmLeave()) openSection(action.section);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openHelp]);
}
