import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field';
import { DateField } from '../../components/date-field';
import { TextareaField } from '../../components/textarea-field';
import { useLanguage } from '../../i18n/use-language';
import type { ChoiceSpec, InputValues, PreviewInput } from './document-types';

interface LetterInputsFormProps {
  inputs: PreviewInput[];
  /** What the DPO has typed; a field not typed in shows the value the case gives. */
  values: InputValues;
  onChange: (key: string, value: string | string[]) => void;
}

const asText = (value: string | string[] | null | undefined): string => (Array.isArray(value) ? value.join('\n') : (value ?? ''));

/** The letter's own fields (the Art. 15 facts, a new date, a phase): text, lists one item a line, dates and choices. */
export function LetterInputsForm({ inputs, values, onChange }: LetterInputsFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (inputs.length === 0) return null;
  return (
    <fieldset className="letter-inputs">
      <legend className="letter-subtitle">{t('documents.editor.inputsTitle')}</legend>
      {inputs.map((input) => {
        const label = input.required ? t('documents.editor.required', { label: input.label[language] }) : input.label[language];
        const value = asText(values[input.key] ?? input.value);
        if (input.type === 'list') {
          return (
            <TextareaField
              key={input.key}
              label={`${label} — ${t('documents.editor.inputsHint')}`}
              value={value}
              rows={Math.min(8, Math.max(3, value.split('\n').length + 1))}
              onValueChange={(text) => onChange(input.key, text.split('\n'))}
            />
          );
        }
        const { options: choices } = input as PreviewInput & ChoiceSpec;
        if (choices) {
          const options = choices.map((option) => ({ value: option.value, label: option.label[language] }));
          return <SelectField key={input.key} label={label} value={value} options={options} emptyLabel={t('documents.editor.choose')} onValueChange={(text) => onChange(input.key, text)} />;
        }
        if (input.type === 'date') {
          return <DateField key={input.key} label={label} value={value} onValueChange={(text) => onChange(input.key, text)} className="letter-input-date" />;
        }
        return <TextareaField key={input.key} label={label} value={value} rows={value.length > 80 ? 4 : 2} onValueChange={(text) => onChange(input.key, text)} />;
      })}
    </fieldset>
  );
}
