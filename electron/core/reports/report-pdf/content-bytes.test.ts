import { describe, expect, it } from 'vitest';
import { ContentBytes } from './content-bytes';

describe('content gathered as bytes', () => {
  it('holds texts one byte a character and whole numbers as their digits, in order', () => {
    const bytes = new ContentBytes();
    bytes.text('/TD <<\n/MCID ');
    bytes.digits(0);
    bytes.text(' ');
    bytes.digits(1_234_567);
    bytes.text(' é\n');
    expect(bytes.size()).toBe(25);
    expect(bytes.take().toString('latin1')).toBe('/TD <<\n/MCID 0 1234567 é\n');
  });

  it('starts again empty after each take, and grows past its first buffer without losing what it holds', () => {
    const bytes = new ContentBytes();
    expect(bytes.empty()).toBe(true);
    const line = `${'x'.repeat(999)}\n`;
    for (let i = 0; i < 50; i += 1) {
      bytes.text(line);
      bytes.digits(i);
    }
    const first = bytes.take();
    expect(first.length).toBe(50 * 1000 + 10 + 40 * 2);
    expect(first.toString('latin1').endsWith(`${line}49`)).toBe(true);
    expect(bytes.empty()).toBe(true);
    bytes.text('q\n');
    expect(bytes.take().toString('latin1')).toBe('q\n');
    expect(first.toString('latin1').startsWith(`${line}0${line}1`)).toBe(true);
  });

  it('copies short and long texts alike, as latin1 does (the low byte of any other character)', () => {
    const bytes = new ContentBytes();
    const texts = ['<0012>', 'à€', '', 'x'.repeat(24), `${'y'.repeat(25)}’`, 'Wolfgang Äpfel, 12 Mar'];
    for (const text of texts) bytes.text(text);
    expect(bytes.take().equals(Buffer.from(texts.join(''), 'latin1'))).toBe(true);
  });

  it('appends what another has gathered, forgets back to a length, and reads as a string without taking', () => {
    const run = new ContentBytes();
    run.text('00120014');
    const tj = new ContentBytes();
    tj.text('[<');
    tj.append(run);
    tj.text('> 20');
    const kept = tj.size();
    tj.text(' <0005> 0');
    tj.truncate(kept);
    tj.text(']');
    expect(tj.latin1()).toBe('[<00120014> 20]');
    expect(tj.latin1()).toBe('[<00120014> 20]');
    expect(run.latin1()).toBe('00120014');
    tj.clear();
    expect(tj.empty()).toBe(true);
  });
});
