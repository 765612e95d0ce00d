import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import type { LetterBlock, LetterBody, TableBlock } from './document-types';
import { withRows } from './document-types';

const rowsFor = (text: string): number => Math.min(12, Math.max(2, Math.ceil(text.length / 90) + text.split('\n').length - 1));

/** A table's answers, each a field labelled with its question. */
function TableEditor<B extends TableBlock>({ block, onChange }: { block: B; onChange: (block: B) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="letter-table-editor">
      {block.rows.map((row, rowIndex) => (
        <TextareaField
          key={`${rowIndex}-${row.label}`}
          label={t('documents.text.rowValue', { label: row.label })}
          value={row.value}
          rows={rowsFor(row.value)}
          onValueChange={(value) => onChange(withRows(block, block.rows.map((old, at) => (at === rowIndex ? { ...old, value } : old))))}
        />
      ))}
    </fieldset>
  );
}

/** Each block's number among the blocks of its type, for labels such as "Paragraph 2". */
function ordinals(blocks: LetterBlock[]): number[] {
  const seen: Record<string, number> = {};
  return blocks.map((block) => (seen[block.type] = (seen[block.type] ?? 0) + 1));
}

/** The letter's text as editable fields: the subject, then each heading, paragraph, list and table answer. */
export function BodyEditor({ body, onChange }: { body: LetterBody; onChange: (body: LetterBody) => void }) {
  const { t } = useTranslation();
  const setBlock = (index: number, block: LetterBlock) => onChange({ ...body, blocks: body.blocks.map((old, at) => (at === index ? block : old)) });
  const numbers = ordinals(body.blocks);
  return (
    <div className="letter-body-editor">
      <TextField label={t('documents.text.subject')} value={body.subject} onValueChange={(subject) => onChange({ ...body, subject })} />
      {body.blocks.map((block, index) => {
        const key = `${block.type}-${index}`;
        if (block.type === 'heading') {
          return <TextField key={key} label={t('documents.text.heading')} value={block.text} onValueChange={(text) => setBlock(index, { type: 'heading', text })} />;
        }
        if (block.type === 'paragraph') {
          return (
            <TextareaField
              key={key}
              label={t('documents.text.paragraph', { number: numbers[index] })}
              value={block.text}
              rows={rowsFor(block.text)}
              onValueChange={(text) => setBlock(index, { type: 'paragraph', text })}
            />
          );
        }
        if (block.type === 'list') {
          const text = block.items.join('\n');
          return (
            <TextareaField
              key={key}
              label={t('documents.text.list', { number: numbers[index] })}
              value={text}
              rows={rowsFor(text) + 1}
              onValueChange={(next) => setBlock(index, { type: 'list', items: next.split('\n') })}
            />
          );
        }
        return <TableEditor key={key} block={block} onChange={(next) => setBlock(index, next)} />;
      })}
    </div>
  );
}
