import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftConflict } from '../../../electron/shared/document-contract';
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

const EMPTY: DraftState = { date: '', inputs: {}, body: null };

/**
 * The DPO's draft of a letter, kept in the vault: loaded once when the letter opens (so a
 * reopened page brings it back), then saved once typing settles, each save on the draft
 * version last read or saved. `restored` says a kept draft was found; `saved` that the last
 * change is kept. When someone else saved the draft since (a colleague, another window), the
 * save is refused and `conflict` says who and when: saving stops until the DPO loads their
 * draft (`loadTheirs`) or keeps their own over it (`keepMine`). Each save is an audited change
 * of the case, so `onCaseVersion` hears the case's new version. While a change waits to be
 * saved, leaving the page asks first.
 */
export function useLetterDraft(
  { caseType, caseId }: CaseRef,
  kind: DocumentKind,
  language: LetterLanguage,
  state: DraftState,
  restore: (draft: DraftState) => void,
  onCaseVersion?: (version: number) => void,
) {
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState(false);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const [attempt, setAttempt] = useState(0);
  const restoreRef = useRef(restore);
  const caseVersionRef = useRef(onCaseVersion);
  useEffect(() => {
    restoreRef.current = restore;
    caseVersionRef.current = onCaseVersion;
  });
  const lastSaved = useRef<string | null>(null);
  const version = useRef(0);
  const [savedKey, setSavedKey] = useState<string | null>(null);

  const read = useCallback(
    async (isLive: () => boolean): Promise<void> => {
      const result = await call('documents.draftGet', { caseType, caseId, kind, language });
      if (!isLive() || !result.ok) return;
      const draft = result.value ? { date: result.value.date ?? '', inputs: result.value.inputs as InputValues, body: result.value.body } : null;
      version.current = result.value?.version ?? 0;
      lastSaved.current = draft ? JSON.stringify(draft) : null;
      setSavedKey(lastSaved.current);
      if (draft) {
        restoreRef.current(draft);
        setRestored(true);
      }
    },
    [caseType, caseId, kind, language],
  );

  useEffect(() => {
    let live = true;
    void read(() => live).then(() => {
      if (live) setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [read]);

  const key = JSON.stringify(state);
  const untouched = state.date === '' && Object.keys(state.inputs).length === 0 && state.body === null && savedKey === null;
  useUnsavedChanges(loaded && key !== savedKey && !untouched);
  useEffect(() => {
    if (!loaded || conflict !== null || key === lastSaved.current) return;
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
        expectedDraftVersion: version.current,
        ...(draft.date ? { date: draft.date } : {}),
        ...(draft.body ? { body: draft.body } : {}),
      }).then((result) => {
        if (!result.ok) {
          if (result.error.draftConflict) setConflict(result.error.draftConflict);
          return;
        }
        version.current = result.value.version;
        lastSaved.current = key;
        setSavedKey(key);
        setSaved(true);
        caseVersionRef.current?.(result.value.caseVersion);
      });
    }, SAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [caseType, caseId, kind, language, key, loaded, state, conflict, attempt]);

  /** Replaces what is on screen with the kept draft (empty when it is gone). */
  const loadTheirs = useCallback(async () => {
    await read(() => true);
    if (version.current === 0) restoreRef.current(EMPTY);
    setConflict(null);
  }, [read]);

  /** Saves what is on screen over the kept draft, now that the DPO has seen whose it is. */
  const keepMine = useCallback(() => {
    version.current = conflict?.currentVersion ?? version.current;
    lastSaved.current = null;
    setConflict(null);
    setAttempt((n) => n + 1);
  }, [conflict]);

  return { loaded, restored, saved, conflict, loadTheirs, keepMine };
}
