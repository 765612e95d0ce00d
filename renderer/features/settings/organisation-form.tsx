import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../electron/shared/settings';
import { FOLLOW_UP_DEFAULT_DAYS } from '../../../electron/shared/pure/breach-clock';
import { ErrorAlert } from '../../components/error-alert';
import { SelectField } from '../../components/select-field';
import { StatusMessage } from '../../components/status-message';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { useLanguage } from '../../i18n/use-language';
import { homeRegime } from '../../../electron/shared/pure/home-regime';
import { CommitmentWarnings } from '../commitments/commitment-warnings';
import { takeRequestedSettingsField } from '../retention/requested-settings-tab';
import { FormSection } from './form-section';
import { systemTimeZone, timeZoneOptions } from './time-zones';
import { useCommitmentCheck } from './use-commitment-check';
import { useCountries } from './use-countries';
import { useOrganisationForm } from './use-organisation-form';

/** Settings → Organisation: who the controller and its DPO are, its authority and its own commitments. */
export function OrganisationForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useCountries(language);
  const form = useOrganisationForm(settings, onSaved);
  const formRef = useRef<HTMLFormElement>(null);
  const { country, timeZone } = form.values;

  // Opened from a letter's missing facts: the cursor goes to the setting the letter needs.
  useEffect(() => {
    const field = takeRequestedSettingsField();
    const control = field ? formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`) : null;
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
  }, []);

  useEffect(() => {
    if (form.failedSaves > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form.failedSaves]);

  const countryOptions = useMemo(() => countries.map((option) => ({ value: option.code, label: option.name })), [countries]);
  const subdivisionOptions = useMemo(
    () => (countries.find((option) => option.code === country)?.subdivisions ?? []).map((s) => ({ value: s.code, label: s.name })),
    [countries, country],
  );
  const zoneOptions = useMemo(() => timeZoneOptions(timeZone), [timeZone]);
  const daysHint = t('settings.organisation.daysUnit');
  const beyondLaw = useCommitmentCheck(form.values);
  // The intro names the law of the country as typed, before it is saved, as the commitment check judges it.
  const home = country ? homeRegime(country) : null;
  const introFor = !country ? 'none' : home === 'gdpr' || home === 'uk-gdpr' || home === 'ccpa' ? home : 'other';
  /** The unit hint, and under it the warnings for this commitment: announced with the field. */
  const commitmentHint = (kind: 'response' | 'complexResponse' | 'acknowledge') => {
    const findings = beyondLaw.filter((f) => f.commitment === kind);
    return findings.length === 0 ? daysHint : (
      <>
        {daysHint}
        <CommitmentWarnings findings={findings} testId={`commitment-warning-${kind}`} />
      </>
    );
  };

  return (
    <form ref={formRef} className="settings-form" onSubmit={(event) => void form.submit(event)} noValidate>
      <p className="section-intro">{t('settings.organisation.intro')}</p>
      <FormSection title={t('settings.organisation.controllerSection')}>
        <TextField {...form.bind('name')} autoComplete="organization" />
        <TextareaField {...form.bind('address')} rows={3} autoComplete="street-address" />
        <div className="field-grid">
          <SelectField {...form.bind('country')} options={countryOptions} emptyLabel={t('common.notSet')} />
          <SelectField
            {...form.bind('subdivision')}
            options={subdivisionOptions}
            emptyLabel={subdivisionOptions.length > 0 || !country ? t('common.notSet') : t('settings.organisation.noSubdivisions')}
            disabled={subdivisionOptions.length === 0}
          />
        </div>
        <SelectField
          {...form.bind('timeZone')}
          options={zoneOptions}
          emptyLabel={t('common.notSet')}
          hint={t('settings.organisation.timeZoneHint', { zone: systemTimeZone() })}
        />
        <div className="field-grid">
          <TextField {...form.bind('vatNumber')} />
          <TextField {...form.bind('pec')} type="email" />
        </div>
        <div className="field-grid">
          <TextField {...form.bind('email')} type="email" autoComplete="email" />
          <TextField {...form.bind('phone')} type="tel" autoComplete="tel" />
        </div>
        <TextField {...form.bind('privacyPolicyUrl')} type="url" inputMode="url" />
        <div className="field-grid">
          <SelectField
            {...form.bind('sellsOrShares')}
            options={[
              { value: 'yes', label: t('settings.organisation.sellsOrSharesOptions.yes') },
              { value: 'no', label: t('settings.organisation.sellsOrSharesOptions.no') },
            ]}
            emptyLabel={t('common.notSet')}
            hint={t('settings.organisation.sellsOrSharesHint')}
          />
          <TextField {...form.bind('optOutNoticeUrl')} type="url" inputMode="url" />
        </div>
      </FormSection>
      <FormSection title={t('settings.organisation.dpoSection')}>
        <TextField {...form.bind('dpoName')} autoComplete="name" />
        <div className="field-grid">
          <TextField {...form.bind('dpoEmail')} type="email" autoComplete="email" />
          <TextField {...form.bind('dpoPhone')} type="tel" autoComplete="tel" />
        </div>
      </FormSection>
      <FormSection title={t('settings.organisation.authoritySection')}>
        <TextField {...form.bind('authorityName')} hint={t('settings.organisation.authorityNameHint')} />
        <TextareaField {...form.bind('authorityAddress')} rows={3} />
        <TextField {...form.bind('authorityWebsite')} type="url" inputMode="url" />
      </FormSection>
      <FormSection title={t('settings.organisation.csirtSection')} description={t('settings.organisation.csirtIntro')}>
        <div className="field-grid">
          <TextField {...form.bind('csirtContactName')} autoComplete="off" />
          <TextField {...form.bind('csirtContactRole')} autoComplete="off" />
        </div>
        <div className="field-grid">
          <TextField {...form.bind('csirtContactEmail')} type="email" autoComplete="off" />
          <TextField {...form.bind('csirtContactPhone')} type="tel" autoComplete="off" />
        </div>
      </FormSection>
      <FormSection title={t('settings.organisation.readingsSection')} description={t('settings.organisation.readingsIntro')}>
        <SelectField
          {...form.bind('gdprExtension')}
          options={[
            { value: 'from-receipt', label: t('settings.organisation.gdprExtensionOptions.from-receipt') },
            { value: 'from-first-end', label: t('settings.organisation.gdprExtensionOptions.from-first-end') },
          ]}
          emptyLabel={t('settings.organisation.defaultReading')}
        />
        <SelectField
          {...form.bind('gdprIdentity')}
          options={[
            { value: 'keeps-running', label: t('settings.organisation.gdprIdentityOptions.keeps-running') },
            { value: 'suspended', label: t('settings.organisation.gdprIdentityOptions.suspended') },
          ]}
          emptyLabel={t('settings.organisation.defaultReading')}
        />
        <SelectField
          {...form.bind('ccpaBusinessDays')}
          options={[
            { value: 'california', label: t('settings.organisation.ccpaBusinessDaysOptions.california') },
            { value: 'federal', label: t('settings.organisation.ccpaBusinessDaysOptions.federal') },
          ]}
          emptyLabel={t('settings.organisation.defaultReading')}
        />
        <TextField
          {...form.bind('followUpDays')}
          type="number"
          min={1}
          max={365}
          step={1}
          inputMode="numeric"
          placeholder={String(FOLLOW_UP_DEFAULT_DAYS)}
          hint={t('settings.organisation.followUpDaysHint', { days: FOLLOW_UP_DEFAULT_DAYS })}
        />
      </FormSection>
      <FormSection title={t('settings.organisation.commitmentsSection')} description={t(`settings.organisation.commitmentsIntroFor.${introFor}`)}>
        <SelectField
          {...form.bind('letterLanguage')}
          options={[
            { value: 'en', label: 'English' },
            { value: 'it', label: 'Italiano' },
          ]}
          emptyLabel={t('common.notSet')}
        />
        <TextField {...form.bind('responseDays')} className="field-days" type="number" min={1} max={365} step={1} inputMode="numeric" hint={commitmentHint('response')} />
        <TextField {...form.bind('complexResponseDays')} className="field-days" type="number" min={1} max={365} step={1} inputMode="numeric" hint={commitmentHint('complexResponse')} />
        <TextField {...form.bind('acknowledgeDays')} className="field-days" type="number" min={1} max={365} step={1} inputMode="numeric" hint={commitmentHint('acknowledge')} />
      </FormSection>
      <div className="form-footer">
        <div className="form-footer-messages">
          <div role="alert" className="alert-region">
            {form.summary ? <p className="alert alert-error alert-title">{form.summary}</p> : null}
          </div>
          <ErrorAlert error={form.error} />
          <StatusMessage message={form.notice} />
        </div>
        <button type="submit" className="button button-primary" disabled={form.busy}>
          {form.busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
