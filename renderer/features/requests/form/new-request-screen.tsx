import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ScreenHeading } from '../../../components/screen-heading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { BackButton } from '../back-button';
import { SetupNeeded } from '../setup-needed';
import { CapacityFields } from '../../clients/capacity-fields';
import { useRequestsView } from '../view-store';
import { RequestKindFields } from './request-kind-fields';
import { RequesterFields } from './requester-fields';
import { SearchFields } from './search-fields';
import { SubjectFields } from './subject-fields';
import { useNewRequestForm } from './use-new-request-form';
import { confirmLeave } from '../../../lib/unsaved-changes';

/** Registering a request as it arrived; checked as it is typed, opened once saved. */
export function NewRequestScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('requests.form.title'));
  const form = useNewRequestForm();
  const showInbox = useRequestsView((store) => store.showInbox);
  const formRef = useRef<HTMLFormElement>(null);
  const { draft, organisation } = form;

  useEffect(() => {
    if (form.failedSubmits === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"] input')?.focus();
  }, [form.failedSubmits]);

  return (
    <div className="requests-page request-form-page">
      <BackButton />
      <header className="page-header">
        <ScreenHeading>{t('requests.form.title')}</ScreenHeading>
        {organisation ? <p className="page-subtitle">{t('requests.form.intro', { zone: organisation.timeZone })}</p> : null}
      </header>
      {form.setupMissing ? <SetupNeeded /> : null}
      <ErrorAlert error={form.loadError} />
      {!draft || !organisation ? (
        form.setupMissing || form.loadError ? null : (
          <p className="loading">{t('requests.form.loading')}</p>
        )
      ) : (
        <form ref={formRef} className="settings-form request-form" onSubmit={(event) => void form.submit(event)} noValidate>
          <CapacityFields clientId={draft.clientId} onClientChange={(clientId) => form.change({ clientId })} />
          <RequestKindFields form={form} draft={draft} timeZone={organisation.timeZone} />
          <SubjectFields form={form} draft={draft} />
          <RequesterFields form={form} draft={draft} />
          <SearchFields form={form} draft={draft} />
          <div className="form-footer">
            <div className="form-footer-messages">
              <div role="alert" className="alert-region">
                {form.visibleIssueCount > 0 ? (
                  <p className="alert alert-error alert-title">{t('requests.form.fixErrors', { count: form.visibleIssueCount })}</p>
                ) : null}
              </div>
              <ErrorAlert error={form.error} />
            </div>
            <div className="button-row">
              <button type="button" className="button" onClick={() => confirmLeave() && showInbox()}>
                {t('requests.form.cancel')}
              </button>
              <button type="submit" className="button button-primary" disabled={form.busy}>
                {form.busy ? t('requests.form.submitting') : t('requests.form.submit')}
              </button>
            </div>
          </div>
        </form>
      )}
    </div>
  );
}
