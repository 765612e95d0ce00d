import { useEffect, useRef, useState } from 'react';
import { call } from '../../lib/api';
import { useUnsavedChanges } from '../../lib/unsaved-changes';
import type { CaseRef, DocumentKind, InputValues, LetterBody, LetterLanguage } from './document-types';

const SAVE_AFTER_MS = 800;

/** What the DPO has entered for a letter: its date (empty for today), inputs and edited text. */
export interface DraftState {
  date: string;
  inputs: InputValues;
  body: LetterBody | null;
}

/**
 * The DPO's draft of a letter, kept in the vault: loaded once when the letter opens (so a
 * reopened page brings it back), then saved once typing settles. `restored` says a kept
 * draft was found; `saved` that the last change is in the vault. While a change waits to be
 * saved, leaving the page asks first.
 */
export function useLetterDraft({ caseType, caseId }: CaseRef, kind: DocumentKind, language: LetterLanguage, state: DraftState, restore: (draft: DraftState) => void) {
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState(false);
  const [saved, setSaved] = useState(false);
  const restoreRef = useRef(restore);
  useEffect(() => {
    restoreRef.current = restore;
  });
  const lastSaved = useRef<string | null>(null);
  const [savedKey, setSavedKey] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('documents.draftGet', { caseType, caseId, kind, language }).then((result) => {
      if (!live) return;
      if (result.ok && result.value) {
        const draft = { date: result.value.date ?? '', inputs: result.value.inputs as InputValues, body: result.value.body };
        lastSaved.current = JSON.stringify(draft);
        setSavedKey(lastSaved.current);
        restoreRef.current(draft);
        setRestored(true);
      }
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [caseType, caseId, kind, language]);
  const key = JSON.stringify(state);
  const untouched = state.date === '' && Object.keys(state.inputs).length === 0 && state.body === null && savedKey === null;
  useUnsavedChanges(loaded && key !== savedKey && !untouched);
  useEffect(() => {
    if (!loaded || key === lastSaved.current) return;
    const empty = state.date === '' && Object.keys(state.inputs).length === 0 && state.body === null;
    if (empty && lastSaved.current === null) return;
    setSaved(false);
    const timer = window.setTimeout(() => {
      const draft = JSON.parse(key) as DraftState;
      void call('documents.draftSave', {
        caseType,
        caseId,
        kind,
        language,
        inputs: draft.inputs,
        ...(draft.date ? { date: draft.date } : {}),
        ...(draft.body ? { body: draft.body } : {}),
      }).then((result) => {
        if (!result.ok) return;
        lastSaved.current = key;
        setSavedKey(key);
        setSaved(true);
      });
    }, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [caseType, caseId, kind, language, key, loaded, state]);
  return { loaded, restored, saved };
}
