import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './text-field';

interface PassphraseInputProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  error?: string | null;
  hint?: ReactNode;
  ref?: Ref<HTMLInputElement>;
  id?: string;
}

/** A password field with a Show/Hide toggle whose accessible name says which field it reveals. */
export function PassphraseInput({ label, value, onValueChange, autoComplete, error, hint, ref, id }: PassphraseInputProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      ref={ref}
      id={id}
      label={label}
      value={value}
      onValueChange={onValueChange}
      type={visible ? 'text' : 'password'}
      autoComplete={autoComplete}
      spellCheck={false}
      autoCapitalize="off"
      error={error}
      hint={hint}
      adornment={
        <button
          type="button"
          className="button button-ghost field-toggle"
          aria-label={visible ? t('common.hideField', { field: label }) : t('common.showField', { field: label })}
          onClick={() => setVisible((shown) => !shown)}
        >
          {visible ? t('common.hide') : t('common.show')}
        </button>
      }
    />
  );
}
