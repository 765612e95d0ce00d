import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Processor, Transfer } from '../../../electron/shared/registers';
import type { ApiError, FieldIssue } from '../../../electron/shared/result';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { call } from '../../lib/api';
import { useUnsavedValues } from '../../lib/unsaved-changes';
import { SCC_MODULES, TRANSFER_GROUNDS } from '../../../electron/shared/pure/register-lists';
import { emptyTransferDraft, transferDraftOf, transferInput, transferMonthsValid, type TransferDraft } from './transfer-draft';
import { useFieldIssues } from './use-field-issues';

interface TransferFormProps {
  transfer: Transfer | null;
  processors: Processor[];
  onSaved: (saved: Transfer) => void;
  onCancel: () => void;
}

/** Adds a transfer to a third country or changes one: where to, on which Chapter V ground, and the transfer impact assessment. */
export function TransferForm({ transfer, processors, onSaved, onCancel }: TransferFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TransferDraft>(transfer ? transferDraftOf(transfer) : emptyTransferDraft);
  const unsaved = useUnsavedValues(draft);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof TransferDraft>(key: K) => (value: TransferDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const issue = useFieldIssues(issues, 'transfer', {
    country: t('ropa.common.errors.country'),
    ground: t('ropa.transferForm.errors.ground'),
    sccModule: t('ropa.transferForm.errors.sccModule'),
    groundDetail: t('ropa.transferForm.errors.derogation'),
    processorId: t('ropa.transferForm.errors.processor'),
    tiaOn: t('ropa.common.errors.date'),
    lastReviewedOn: t('ropa.common.errors.date'),
    reviewEveryMonths: t('ropa.common.errors.months'),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!transferMonthsValid(draft)) {
      setIssues([{ path: 'reviewEveryMonths', message: 'invalid' }]);
      setError(null);
      return;
    }
    setBusy(true);
    const result = await call('registers.saveTransfer', { ...(transfer ? { id: transfer.id } : {}), transfer: transferInput(draft) });
    setBusy(false);
    if (result.ok) {
      unsaved.settle();
      return onSaved(result.value);
    }
    setIssues(result.error.issues ?? []);
    setError(result.error.issues?.length ? null : result.error);
  };

  const title = transfer ? t('ropa.transferForm.editTitle', { recipient: transfer.recipient }) : t('ropa.transferForm.addTitle');
  return (
    <form className="ropa-card ropa-form" onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <h2 className="ropa-card-title">{title}</h2>
      <div className="field-grid">
        <TextField label={t('ropa.transferForm.recipient')} value={draft.recipient} onValueChange={set('recipient')} error={issue('recipient')} />
        <TextField label={t('ropa.transferForm.country')} value={draft.country} onValueChange={set('country')} error={issue('country')} hint={t('ropa.common.countryHint')} />
      </div>
      <SelectField
        label={t('ropa.transferForm.processor')}
        value={draft.processorId}
        onValueChange={set('processorId')}
        options={processors.map((p) => ({ value: p.id, label: p.name }))}
        emptyLabel={t('ropa.transferForm.noProcessor')}
        error={issue('processorId')}
      />
      <fieldset className="ropa-fieldset">
        <legend>{t('ropa.transferForm.safeguard')}</legend>
        <div className="field-grid">
          <SelectField
            label={t('ropa.transferForm.ground')}
            value={draft.ground}
            onValueChange={(value) => set('ground')(TRANSFER_GROUNDS.find((g) => g === value) ?? '')}
            options={TRANSFER_GROUNDS.map((g) => ({ value: g, label: t(`ropa.transfers.grounds.${g}`) }))}
            emptyLabel={t('common.notSet')}
            error={issue('ground')}
          />
          {draft.ground === 'scc' ? (
            <SelectField
              label={t('ropa.transferForm.sccModule')}
              value={draft.sccModule}
              onValueChange={(value) => set('sccModule')(SCC_MODULES.find((m) => m === value) ?? '')}
              options={SCC_MODULES.map((m) => ({ value: m, label: t(`ropa.transferForm.modules.${m}`) }))}
              emptyLabel={t('common.notSet')}
              error={issue('sccModule')}
            />
          ) : null}
        </div>
        <TextField
          label={draft.ground === 'derogation' ? t('ropa.transferForm.derogation') : t('ropa.transferForm.groundDetail')}
          value={draft.groundDetail}
          onValueChange={set('groundDetail')}
          hint={draft.ground === 'derogation' ? t('ropa.transferForm.derogationHint') : t('ropa.transferForm.groundDetailHint')}
          error={issue('groundDetail')}
        />
      </fieldset>
      <fieldset className="ropa-fieldset">
        <legend>{t('ropa.transferForm.tia')}</legend>
        <div className="field-grid">
          <DateField label={t('ropa.transferForm.tiaOn')} value={draft.tiaOn} onValueChange={set('tiaOn')} error={issue('tiaOn')} />
          <TextField label={t('ropa.transferForm.tiaFile')} value={draft.tiaFile} onValueChange={set('tiaFile')} error={issue('tiaFile')} />
        </div>
        <TextareaField label={t('ropa.transferForm.measures')} value={draft.supplementaryMeasures} onValueChange={set('supplementaryMeasures')} rows={3} />
      </fieldset>
      <div className="field-grid">
        <DateField label={t('ropa.form.lastReview')} value={draft.lastReviewedOn} onValueChange={set('lastReviewedOn')} error={issue('lastReviewedOn')} />
        <TextField label={t('ropa.form.reviewEvery')} value={draft.reviewEveryMonths} onValueChange={set('reviewEveryMonths')} inputMode="numeric" error={issue('reviewEveryMonths')} />
      </div>
      <ErrorAlert error={error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('ropa.transferForm.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('ropa.form.cancel')}
        </button>
      </div>
    </form>
  );
}
