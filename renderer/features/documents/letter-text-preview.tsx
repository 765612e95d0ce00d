import type { LetterBody, TableBlock } from './document-types';

/** A form-like table of the letter: each question and its answer. */
function TableView({ block }: { block: TableBlock }) {
  return (
    <dl className="letter-paper-table">
      {block.rows.map((row, rowIndex) => (
        <div key={`${rowIndex}-${row.label}`} className="letter-paper-row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The letter's text laid out like a page. The app's Content-Security-Policy allows no frames
 * or plugins, so the PDF itself is not embedded; its text is shown here and the PDF can be
 * downloaded. A long letter scrolls inside its page, so the page takes the keyboard's focus
 * (to scroll it with the arrow keys).
 */
export function LetterTextPreview({ body, label }: { body: LetterBody; label: string }) {
  return (
    <article className="letter-paper" aria-label={label} tabIndex={0}>
      <p className="letter-paper-subject">{body.subject}</p>
      {body.blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        if (block.type === 'heading') return <h4 key={key}>{block.text}</h4>;
        if (block.type === 'paragraph') return <p key={key}>{block.text}</p>;
        if (block.type === 'list') {
          return (
            <ul key={key}>
              {block.items.map((item, itemIndex) => (
                <li key={`${itemIndex}-${item}`}>{item}</li>
              ))}
            </ul>
          );
        }
        return <TableView key={key} block={block} />;
      })}
    </article>
  );
}
