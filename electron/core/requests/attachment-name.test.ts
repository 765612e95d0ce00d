import { describe, expect, it } from 'vitest';
import { cleanAttachmentName } from './attachment-name';

describe('attachment names', () => {
  it('keeps only the last path segment and drops NUL, control and right-to-left characters', () => {
    expect(cleanAttachmentName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(cleanAttachmentName('C:\\Users\\dpo\\..\\id-card.png')).toBe('id-card.png');
    expect(cleanAttachmentName('id\u0000card.pdf')).toBe('idcard.pdf');
    expect(cleanAttachmentName('invoice\u202Efdp.docx')).toBe('invoicefdp.docx');
    expect(cleanAttachmentName('  letter.pdf  ')).toBe('letter.pdf');
  });

  it('refuses a name with nothing left', () => {
    expect(() => cleanAttachmentName('../..')).toThrow('The file name is empty');
    expect(() => cleanAttachmentName('folder/')).toThrow('The file name is empty');
    expect(() => cleanAttachmentName('\u202E\u0000')).toThrow('The file name is empty');
  });
});
