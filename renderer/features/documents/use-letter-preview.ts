import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';
import { cleanBody } from './clean-body';
import type { CaseRef, DocumentKind, InputValues, LetterBody, LetterLanguage, LetterPreview, LetterRequest } from './document-types';

const SETTLE_MS = 350;

/** The request both preview and finalise send: the case, the kind, the language, the inputs, any edited text and the date the DPO set. */
export function letterRequest(caseRef: CaseRef, kind: DocumentKind, language: LetterLanguage, inputs: InputValues, body: LetterBody | null, date = ''): LetterRequest {
  return { ...caseRef, kind, language, inputs, ...(body ? { body: cleanBody(body) } : {}), ...(date ? { date } : {}) };
}

/**
 * The live preview of a letter: asked for at once, then again once typing settles, and again
 * when the case changes (`caseVersion`: a correction saved on the page can fill a field the
 * letter was missing). The last good preview stays on screen while a new one is made, and an
 * answer that arrives after a newer question is ignored.
 */
export function useLetterPreview(request: LetterRequest, caseVersion = ''): { preview: LetterPreview | null; error: ApiError | null; updating: boolean } {
  const [preview, setPreview] = useState<LetterPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [answeredKey, setAnsweredKey] = useState<string | null>(null);
  const asked = useRef(0);
  const answered = useRef(false);
  const key = JSON.stringify([caseVersion, request]);
  useEffect(() => {
    const ask = asked.current + 1;
    asked.current = ask;
    const timer = window.setTimeout(
      () => {
        void call('documents.preview', (JSON.parse(key) as [string, LetterRequest])[1]).then((result) => {
          if (asked.current !== ask) return;
          answered.current = true;
          setAnsweredKey(key);
          if (result.ok) {
            setPreview(result.value);
            setError(null);
          } else setError(result.error);
        });
      },
      answered.current ? SETTLE_MS : 0,
    );
    return () => window.clearTimeout(timer);
  }, [key]);
  return { preview, error, updating: answeredKey !== key };
}
