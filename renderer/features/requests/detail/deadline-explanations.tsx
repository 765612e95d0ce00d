import { useTranslation } from 'react-i18next';
import type { ExplanationLine } from '../../../../electron/shared/pure/i18n/message';
import { useMessages } from '../../../i18n/use-message';

/** Splits "… → Thu 30 Apr 2026. [GDPR Art. 12(3); …]" into the sentence and its citation (requests stored before messages). */
function splitCitation(line: string): { text: string; citation: string | null } {
  const match = /^(.*?)\s*\[([^\]]+)\]\s*$/.exec(line);
  return match ? { text: match[1] ?? line, citation: match[2] ?? null } : { text: line, citation: null };
}

/**
 * How every date was computed, in plain words with the rule cited, behind a disclosure:
 * a DPO can check the reasoning, or quote it to the person or the authority. Rendered from
 * core's messages in the UI's language; older requests keep their stored English lines.
 */
export function DeadlineExplanations({ explanations, lines }: { explanations: string[]; lines: ExplanationLine[] }) {
  const { t } = useTranslation();
  const messages = useMessages();
  const rendered =
    lines.length > 0
      ? lines.map(messages.line)
      : explanations
          .flatMap((explanation) => explanation.split('\n'))
          .filter((line) => line.trim() !== '')
          .map(splitCitation);
  if (rendered.length === 0) return null;
  return (
    <details className="explanations">
      <summary>{t('requests.clocks.explanations')}</summary>
      <ul className="explanation-list">
        {rendered.map(({ text, citation }) => (
          <li key={text}>
            <span>{text}</span>
            {citation ? <cite className="explanation-citation">{citation}</cite> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}
