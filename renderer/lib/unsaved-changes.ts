import i18next from 'i18next';
import { useEffect, useId } from 'react';

/** The forms on screen holding changes not saved yet, by an id each form keeps for its life. */
const dirtyForms = new Set<string>();

function warnOnUnload(event: BeforeUnloadEvent): void {
  if (dirtyForms.size === 0) return;
  event.preventDefault();
}

/**
 * Marks the calling form as holding unsaved changes while `dirty` is true: leaving it through
 * the navigation, Back, a shortcut or a reload asks first. The mark goes when the form saves
 * (dirty turns false) or leaves the screen.
 */
export function useUnsavedChanges(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!dirty) return undefined;
    dirtyForms.add(id);
    window.addEventListener('beforeunload', warnOnUnload);
    return () => {
      dirtyForms.delete(id);
      if (dirtyForms.size === 0) window.removeEventListener('beforeunload', warnOnUnload);
    };
  }, [dirty, id]);
}

/**
 * Asks before leaving when a form on screen holds unsaved changes (in the user's language);
 * true when there is nothing to lose or the user chose to leave.
 */
export function confirmLeave(): boolean {
  if (dirtyForms.size === 0) return true;
  const leave = window.confirm(i18next.t('shell.unsaved'));
  if (leave) dirtyForms.clear();
  return leave;
}
