import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean-body';

describe('cleanBody', () => {
  it('drops empty list lines and empty lists, keeps other blocks as they are', () => {
    const body = cleanBody({
      subject: 'Re: your request',
      blocks: [
        { type: 'paragraph', text: 'Dear Ms Bianchi,' },
        { type: 'list', items: ['Purposes', ' ', 'Recipients '] },
        { type: 'list', items: [''] },
        { type: 'heading', text: '' },
      ],
    });
    expect(body.blocks).toEqual([
      { type: 'paragraph', text: 'Dear Ms Bianchi,' },
      { type: 'list', items: ['Purposes', 'Recipients'] },
      { type: 'heading', text: '' },
    ]);
  });
});
