import i18next from 'i18next';
import { useEffect, useId, useState } from 'react';

/** The forms on screen holding changes not saved yet, by an id each form keeps for its life. */
const dirtyForms = new Set<string>();

function warnOnUnload(event: BeforeUnloadEvent): void {
  if (dirtyForms.size === 0) return;
  event.preventDefault();
}

/**
 * Marks the calling form as holding unsaved changes while `dirty` is true: leaving it through
 * the navigation, Back, a shortcut or a reload asks first. The mark goes when the form saves
 * (dirty turns false) or leaves the screen. This is the one mechanism every form uses; the
 * two hooks below only decide what "dirty" means for a form.
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
 * For a form whose values live in one state object: unsaved while they differ from the values
 * it opened with (typing a value back to what it was is not a change). `settle` makes the
 * current values the new starting point, for a form that stays open after saving.
 */
export function useUnsavedValues(values: unknown): { dirty: boolean; settle: (saved?: unknown) => void } {
  const current = JSON.stringify(values);
  const [baseline, setBaseline] = useState(current);
  const dirty = current !== baseline;
  useUnsavedChanges(dirty);
  return { dirty, settle: (saved?: unknown) => setBaseline(saved === undefined ? current : JSON.stringify(saved)) };
}

/**
 * For a form whose values are spread over several states: unsaved from the first edit the user
 * makes in it (an input event bubbling up to the `<form>`, from a text field, a select, a
 * checkbox or a radio) until `settle` (after saving) or until it leaves the screen.
 * Use: `<form onInput={edits.onInput}>`.
 */
export function useEditedForm(): { edited: boolean; onInput: () => void; settle: () => void } {
  const [edited, setEdited] = useState(false);
  useUnsavedChanges(edited);
  return { edited, onInput: () => setEdited(true), settle: () => setEdited(false) };
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

/** Whether a form on screen holds changes not saved yet (a colleague's change then waits for the user's reload). */
export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}
