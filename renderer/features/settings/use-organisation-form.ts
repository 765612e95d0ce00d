import { useState, type FormEvent } from 'react';
import { useUnsavedChanges } from '../../lib/unsaved-changes';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../electron/shared/settings';
import type { ApiError } from '../../../electron/shared/result';
import { call } from '../../lib/api';
import {
  fieldForIssuePath,
  invalidDayFields,
  patchFromValues,
  organisationFields,
  valuesFromSettings,
  type OrganisationField,
  type OrganisationValues,
} from './organisation-fields';

type FieldErrors = Partial<Record<OrganisationField, string>>;

/**
 * The Organisation form's state: values as typed, errors per field (from the API's issues,
 * whose paths are setting keys), and a save that sends only what changed.
 */
export function useOrganisationForm(settings: Settings, onSaved: (settings: Settings) => void) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<OrganisationValues>(() => valuesFromSettings(settings));
  const [values, setValues] = useState<OrganisationValues>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [summary, setSummary] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Bumped after a failed save so the form can move focus to the first bad field. */
  const [failedSaves, setFailedSaves] = useState(0);

  const errorText = (field: OrganisationField): string => t(`settings.organisation.fields.${field}.error`);

  const setField = (field: OrganisationField, value: string): void => {
    setValues((current) => ({ ...current, ...(field === 'country' ? { subdivision: '' } : {}), [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setNotice(null);
  };

  const fail = (fieldErrors: FieldErrors): void => {
    setErrors(fieldErrors);
    setSummary(t('settings.organisation.fixErrors'));
    setFailedSaves((count) => count + 1);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    setSummary(null);
    setNotice(null);
    const badDays = invalidDayFields(values);
    if (badDays.length > 0) return fail(Object.fromEntries(badDays.map((field) => [field, errorText(field)])));
    const changes = patchFromValues(values, saved);
    if (Object.keys(changes).length === 0) return setNotice(t('settings.organisation.nothingToSave'));
    setBusy(true);
    const result = await call('settings.update', { changes });
    setBusy(false);
    if (result.ok) {
      const next = valuesFromSettings(result.value);
      setSaved(next);
      setValues(next);
      setErrors({});
      setNotice(t('settings.organisation.saved'));
      return onSaved(result.value);
    }
    const fieldErrors: FieldErrors = {};
    for (const issue of result.error.issues ?? []) {
      const field = fieldForIssuePath(issue.path);
      if (field) fieldErrors[field] = errorText(field);
    }
    if (Object.keys(fieldErrors).length > 0) fail(fieldErrors);
    else setError(result.error);
  };

  useUnsavedChanges(Object.keys(patchFromValues(values, saved)).length > 0);

  /** Props for a TextField, SelectField or TextareaField bound to one setting. */
  const bind = (field: OrganisationField) => ({
    label: t(`settings.organisation.fields.${field}.label`),
    name: organisationFields[field],
    value: values[field],
    onValueChange: (value: string) => setField(field, value),
    error: errors[field] ?? null,
  });

  return { values, bind, submit, busy, error, summary, notice, failedSaves };
}
