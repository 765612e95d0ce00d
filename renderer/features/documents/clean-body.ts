import type { LetterBlock, LetterBody } from './document-types';

/**
 * The edited text as the API accepts it: list lines left empty while typing are dropped, and
 * so is a list left with no line at all. Other empty blocks stay, so the API names them.
 */
export function cleanBody(body: LetterBody): LetterBody {
  const blocks = body.blocks.flatMap((block): LetterBlock[] => {
    if (block.type !== 'list') return [block];
    const items = block.items.map((item) => item.trim()).filter((item) => item !== '');
    return items.length > 0 ? [{ type: 'list', items }] : [];
  });
  return { subject: body.subject, blocks };
}
