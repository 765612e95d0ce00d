import { useTranslation } from 'react-i18next';

/** Splits "… → Thu 30 Apr 2026. [GDPR Art. 12(3); …]" into the sentence and its citation. */
function splitCitation(line: string): { text: string; citation: string | null } {
  const match = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(line);
  return match ? { text: match[1] ?? line, citation: match[2] ?? null } : { text: line, citation: null };
}

/**
 * How every date was computed, in plain words with the rule cited, behind a disclosure:
 * a DPO can check the reasoning, or quote it to the person or the authority.
 */
export function DeadlineExplanations({ explanations }: { explanations: string[] }) {
  const { t } = useTranslation();
  const lines = explanations.flatMap((explanation) => explanation.split('\n')).filter((line) => line.trim() !== '');
  if (lines.length === 0) return null;
  return (
    <details className="explanations">
      <summary>{t('requests.clocks.explanations')}</summary>
      <ul className="explanation-list">
        {lines.map((line) => {
          const { text, citation } = splitCitation(line);
          return (
            <li key={line}>
              <span>{text}</span>
              {citation ? <cite className="explanation-citation">{citation}</cite> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
