import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { useUnsavedChanges } from '../../../lib/unsaved-changes';
import type { Regime, RequestType } from '../../../../electron/shared/requests';
import type { ApiError, FieldIssue } from '../../../../electron/shared/result';
import { call } from '../../../lib/api';
import { issuesByField } from '../field-issues';
import { useInboxStore } from '../inbox/inbox-store';
import { useDebouncedValue } from '../use-debounced-value';
import { useRequestOptions } from '../use-request-options';
import { useRequestsView } from '../view-store';
import { instantToWallTime } from '../../../../electron/shared/pure/zoned-time';
import { defaultRegime, emptyDraft, localIssues, toNewRequest, updateDraft, type DraftField, type RequestDraft } from './request-draft';

const VALIDATE_DELAY_MS = 250;

interface Organisation {
  timeZone: string;
  country: string;
}

/**
 * The new-request form: the draft, validation as you type ('requests.validate', debounced),
 * and submission. A field shows its problem once it has been touched, or after a submit.
 */
export function useNewRequestForm() {
  const options = useRequestOptions();
  const showRequest = useRequestsView((store) => store.showRequest);
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [setupMissing, setSetupMissing] = useState(false);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<RequestDraft | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<FieldIssue[]>([]);
  /** Problems seen without the API (receipt time unreadable or in the future), checked with each validation. */
  const [ownIssues, setOwnIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void call('settings.get', {}).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setLoadError(result.error);
      const timeZone = result.value['organisation.timeZone'];
      const country = result.value['organisation.country'];
      if (!timeZone || !country) return setSetupMissing(true);
      setOrganisation({ timeZone, country });
      setDraft(emptyDraft(defaultRegime(country), instantToWallTime(Date.now(), timeZone)));
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useUnsavedChanges(touched.size > 0);

  const typesOf = useCallback(
    (regime: Regime): readonly RequestType[] => options?.regimes.find((entry) => entry.regime === regime)?.types ?? [],
    [options],
  );

  const change = useCallback(
    (patch: Partial<RequestDraft>) => {
      setDraft((current) => (current ? updateDraft(current, patch, typesOf) : current));
      setTouched((current) => new Set([...current, ...(Object.keys(patch) as DraftField[])]));
    },
    [typesOf],
  );

  const debouncedDraft = useDebouncedValue(draft, VALIDATE_DELAY_MS);
  useEffect(() => {
    if (!debouncedDraft || !organisation) return;
    let cancelled = false;
    void call('requests.validate', { request: toNewRequest(debouncedDraft, organisation.timeZone) }).then((result) => {
      if (cancelled) return;
      setOwnIssues(localIssues(debouncedDraft, organisation.timeZone, Date.now()));
      if (result.ok) setServerIssues(result.value.issues);
    });
    return () => {
      cancelled = true;
    };
  }, [debouncedDraft, organisation]);

  const issues = useMemo(() => issuesByField([...ownIssues, ...serverIssues], 'request.'), [ownIssues, serverIssues]);

  /** The issue to show on a field now: only once the DPO has been there, or has tried to submit. */
  const issueOf = (field: DraftField): FieldIssue | null => (submitted || touched.has(field) ? (issues[field] ?? null) : null);
  const visibleIssueCount = submitted ? Object.keys(issues).length : 0;

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!draft || !organisation || busy) return;
    setSubmitted(true);
    setError(null);
    const own = localIssues(draft, organisation.timeZone, Date.now());
    setOwnIssues(own);
    if (own.length > 0) {
      setFailedSubmits((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await call('requests.create', { request: toNewRequest(draft, organisation.timeZone) });
    setBusy(false);
    if (result.ok) {
      void useInboxStore.getState().refresh();
      showRequest(result.value.id);
      return;
    }
    if (result.error.issues?.length) setServerIssues(result.error.issues);
    else setError(result.error);
    setFailedSubmits((n) => n + 1);
  };

  return {
    options,
    organisation,
    setupMissing,
    loadError,
    draft,
    change,
    typesOf,
    issueOf,
    visibleIssueCount,
    submit,
    busy,
    error,
    failedSubmits,
  };
}

export type NewRequestForm = ReturnType<typeof useNewRequestForm>;
