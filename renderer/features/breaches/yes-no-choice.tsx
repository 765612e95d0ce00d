import { useTranslation } from 'react-i18next';
import { RadioChoice } from '../../components/radio-choice';

type Answer = 'yes' | 'no' | '';

interface YesNoChoiceProps {
  legend: string;
  /** null: not answered yet (neither is checked). */
  value: boolean | null;
  onValueChange: (value: boolean) => void;
  yesHint?: string;
  noHint?: string;
}

/** A question answered Yes or No, that can also stay unanswered until the DPO knows. */
export function YesNoChoice({ legend, value, onValueChange, yesHint, noHint }: YesNoChoiceProps) {
  const { t } = useTranslation();
  const answer: Answer = value === null ? '' : value ? 'yes' : 'no';
  return (
    <RadioChoice<Answer>
      legend={legend}
      value={answer}
      options={[
        { value: 'yes', label: t('breaches.common.yes'), hint: yesHint },
        { value: 'no', label: t('breaches.common.no'), hint: noHint },
      ]}
      onValueChange={(next) => onValueChange(next === 'yes')}
      inline
    />
  );
}
