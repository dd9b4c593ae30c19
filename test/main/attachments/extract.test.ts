import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import {
  decodeAttachmentText,
  extractDocx,
  extractText,
  extractTxt,
  paragraphsOf,
} from '../../../src-main/services/attachments/extract';
import { minimalDocx } from '../../fixtures/attachments/docx';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Windows-1252 bytes of text whose characters are all in Latin-1 (å, ä, ö, é …). */
const cp1252 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('TXT attachments', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const text = 'Hemtjänst på distans\n\nÅtta brukare i Övertorneå.';
    expect(decodeAttachmentText(utf8(text))).toBe(text);
    expect(decodeAttachmentText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toBe(text);
    expect(extractTxt(utf8(text))).toEqual({
      ok: true,
      paragraphs: ['Hemtjänst på distans', 'Åtta brukare i Övertorneå.'],
      truncated: false,
    });
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, including the 0x80–0x9F range', () => {
    const bytes = new Uint8Array([
      ...cp1252('Sjuksköterska i Västerås '),
      0x96,
      ...cp1252(' 5 '),
      0x80,
    ]);
    expect(decodeAttachmentText(bytes)).toBe('Sjuksköterska i Västerås – 5 €');
  });

  it('reads UTF-16 with a byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Öl'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeAttachmentText(le)).toBe('Öl');
  });

  it('splits at blank lines, keeps line breaks inside a paragraph, drops control characters', () => {
    const text = 'Rad ett\r\nrad två\r\n \r\n\r\nNästa\u0007 stycke\u0000\n\n\n';
    expect(paragraphsOf(text)).toEqual({
      paragraphs: ['Rad ett\nrad två', 'Nästa stycke'],
      truncated: false,
    });
  });

  it('caps the text and says so', () => {
    const limits = { maxChars: 10, maxParagraphs: 2 };
    expect(paragraphsOf('abcdef\n\nghijklmnop', limits)).toEqual({
      paragraphs: ['abcdef', 'ghij'],
      truncated: true,
    });
    expect(paragraphsOf('a\n\nb\n\nc', limits)).toEqual({
      paragraphs: ['a', 'b'],
      truncated: true,
    });
  });

  it('never returns more than the caps, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (s, cap) => {
        const out = paragraphsOf(s, { maxChars: cap, maxParagraphs: 3 });
        const chars = out.paragraphs.reduce((n, p) => n + p.length, 0);
        expect(chars).toBeLessThanOrEqual(cap);
        expect(out.paragraphs.length).toBeLessThanOrEqual(3);
        for (const p of out.paragraphs) expect(p).not.toBe('');
      }),
    );
  });
});

describe('DOCX attachments', () => {
  it('extracts the paragraphs of a Word document', async () => {
    const doc = minimalDocx(['Digitala ombud', 'Vi har utbildat 40 ombud <b>på</b> & runt orten.']);
    expect(await extractDocx(doc)).toEqual({
      ok: true,
      paragraphs: ['Digitala ombud', 'Vi har utbildat 40 ombud <b>på</b> & runt orten.'],
      truncated: false,
    });
    expect(await extractText('docx', doc)).toMatchObject({ ok: true });
  });

  it('refuses a zip bomb before inflating it', async () => {
    const bomb = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': new Uint8Array(8 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(100_000);
    expect(await extractDocx(bomb)).toEqual({ ok: false, problem: 'TOO_LARGE' });
  });

  it('reports a damaged file, or a zip that is no Word document, as DAMAGED', async () => {
    expect(await extractDocx(utf8('PK not really a zip'))).toEqual({
      ok: false,
      problem: 'DAMAGED',
    });
    const notWord = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(await extractDocx(notWord)).toEqual({ ok: false, problem: 'DAMAGED' });
    const badXml = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w:document><unclosed'),
    });
    expect(await extractDocx(badXml)).toEqual({ ok: false, problem: 'DAMAGED' });
  });
});
