import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadlineKind } from '../../../electron/shared/calendar';
import type { ApiError } from '../../../electron/shared/result';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { ModalDialog } from '../../components/modal-dialog';
import { RadioChoice } from '../../components/radio-choice';
import { StatusMessage } from '../../components/status-message';
import { useLanguage } from '../../i18n/use-language';
import { call } from '../../lib/api';
import { downloadFile } from '../../lib/download-file';

/**
 * Exports the deadlines of the kinds shown as an .ics file. Names are left out unless the DPO
 * unticks the box: calendar apps often copy their data to the cloud.
 */
export function ExportDialog({ kinds, onClose }: { kinds: readonly DeadlineKind[]; onClose: () => void }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [minimise, setMinimise] = useState(true);
  const [language, setLanguage] = useState<'en' | 'it'>(uiLanguage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await call('deadlines.exportIcs', { kinds: [...kinds], minimise, language });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    downloadFile(result.value);
    setSaved(t('dashboard.ics.saved', { file: result.value.fileName }));
  };

  return (
    <ModalDialog title={t('dashboard.ics.title')} description={t('dashboard.ics.description')} closeLabel={t('dashboard.ics.close')} onClose={onClose} className="cal-export">
      <div className="form-stack cal-dialog-body">
        <CheckboxField label={t('dashboard.ics.minimise')} hint={t('dashboard.ics.minimiseHint')} checked={minimise} onCheckedChange={setMinimise} />
        <RadioChoice
          legend={t('dashboard.ics.language')}
          value={language}
          inline
          options={[
            { value: 'en', label: 'English' },
            { value: 'it', label: 'Italiano' },
          ]}
          onValueChange={setLanguage}
        />
        <p className="fine-print">{t('dashboard.ics.range')}</p>
        <ErrorAlert error={error} />
        <StatusMessage message={saved} />
        <div className="button-row">
          <button type="button" className="button button-primary" disabled={busy || kinds.length === 0} onClick={() => void save()}>
            {busy ? t('dashboard.ics.saving') : t('dashboard.ics.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('dashboard.ics.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
