import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../../../components/checkbox-field';
import { CONTEXT_FACTS, type FactsForm } from './facts-form-state';

interface ContextFieldsProps {
  form: FactsForm;
  onChange: (patch: Partial<FactsForm>) => void;
}

/**
 * ENISA's contextual factors for the data score (2013, Annex A2), each optional: one that
 * raises it (a profile can be built) and three that lower it (already public, reveals less
 * than its category, invalid or outdated).
 */
export function ContextFields({ form, onChange }: ContextFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="facts-group">
      <legend className="facts-group-title">{t('breaches.facts.contextTitle')}</legend>
      <div className="facts-flags">
        {CONTEXT_FACTS.map((fact) => (
          <CheckboxField
            key={fact}
            label={t(`breaches.facts.names.${fact}`)}
            checked={form.context[fact] === true}
            onCheckedChange={(checked) => onChange({ context: { ...form.context, [fact]: checked } })}
            hint={t(`breaches.facts.contextHints.${fact}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
