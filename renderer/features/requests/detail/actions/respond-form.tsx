import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalGround, RequestOutcome } from '../../../../../electron/shared/requests';
import { RadioChoice } from '../../../../components/radio-choice';
import { SelectField } from '../../../../components/select-field';
import { TextareaField } from '../../../../components/textarea-field';
import { call } from '../../../../lib/api';
import { useRequestOptions } from '../../use-request-options';
import { useRequestAction } from '../use-request-action';
import { ActionForm } from './action-form';
import type { ActionProps } from './action-props';

/** → responded: fulfilled, partly, or refused on a legal ground; what was sent or decided. Closes the request. */
export function RespondForm({ detail, onDone, onCancel }: ActionProps) {
  const { t } = useTranslation();
  const options = useRequestOptions();
  const identityOpen = detail.identity.outcome === 'pending' || detail.identity.outcome === 'failed';
  const [outcome, setOutcome] = useState<RequestOutcome>(identityOpen ? 'refused' : 'fulfilled');
  const [ground, setGround] = useState<RefusalGround | ''>(identityOpen ? 'identity-not-verified' : '');
  const [summary, setSummary] = useState('');
  const [tried, setTried] = useState(false);
  const action = useRequestAction(onDone, 'transition.');
  const outcomes = ((options?.outcomes ?? []) as RequestOutcome[]).map((value) => ({ value, label: t(`requests.outcomes.${value}`) }));
  const grounds = ((options?.refusalGrounds ?? []) as RefusalGround[]).map((value) => ({ value, label: t(`requests.grounds.${value}`) }));
  const groundMissing = outcome === 'refused' && ground === '';
  const summaryError = tried && !summary.trim() ? t('requests.actions.required') : action.issueOf('reason');

  const submit = () => {
    setTried(true);
    if (groundMissing || !summary.trim()) return;
    void action.run(() =>
      call('requests.transition', {
        id: detail.id,
        expectedVersion: detail.version,
        transition: { to: 'responded', outcome, ...(outcome === 'refused' && ground ? { refusalGround: ground } : {}), reason: summary },
      }),
    );
  };

  return (
    <ActionForm title={t('requests.actions.formTitles.responded')} submitLabel={t('requests.actions.respond')} busy={action.busy} error={action.error} onSubmit={submit} onCancel={onCancel}>
      {identityOpen ? <p className="warning-note">{t('requests.actions.identityOpen')}</p> : null}
      <RadioChoice<RequestOutcome> legend={t('requests.actions.outcome')} value={outcome} options={outcomes} onValueChange={setOutcome} inline />
      {outcome === 'refused' ? (
        <SelectField
          label={t('requests.actions.ground')}
          value={ground}
          options={grounds}
          emptyLabel={t('requests.actions.chooseGround')}
          onValueChange={(value) => setGround(grounds.find((g) => g.value === value)?.value ?? '')}
          error={tried && groundMissing ? t('requests.actions.required') : action.issueOf('refusalGround')}
        />
      ) : null}
      <TextareaField label={t('requests.actions.summary')} value={summary} onValueChange={setSummary} rows={3} error={summaryError} placeholder={t('requests.actions.summaryHint')} />
    </ActionForm>
  );
}
