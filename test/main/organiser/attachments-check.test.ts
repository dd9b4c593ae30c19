import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import { attachmentName, checkAttachment } from '../../../src-main/services/attachments';
import { ATTACHMENT_LIMITS } from '../../../src-shared/domain/attachment';
import { exeBytes, minimalDocx, samplePdf, zipBomb } from './attachment-files';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function refusal(bytes: Uint8Array, name: string): Promise<string> {
  const r = await checkAttachment(bytes, name);
  return r.ok ? `accepted as ${r.file.candidate.kind}` : r.reason;
}

describe('checking an attachment file', () => {
  it('accepts a real PDF by its bytes, with size and SHA-256 of those bytes', async () => {
    const pdf = samplePdf();
    const r = await checkAttachment(pdf, 'Projektplan.PDF');
    if (!r.ok) throw new Error(r.reason);
    expect(r.file.candidate).toEqual({
      name: 'Projektplan.PDF',
      kind: 'pdf',
      size: pdf.byteLength,
      sha256: sha(pdf),
    });
    expect(Buffer.from(r.file.data, 'base64url')).toEqual(Buffer.from(pdf));
    expect(r.file.text).toBeNull();
  });

  it('accepts a Word document and reads its text for the warning', async () => {
    const docx = minimalDocx(['Protokoll från Tallmora kommun', 'Justerat av Ingrid Halvarsson']);
    const r = await checkAttachment(docx, 'protokoll.docx');
    if (!r.ok) throw new Error(r.reason);
    expect(r.file.candidate.kind).toBe('docx');
    expect(r.file.text).toContain('Tallmora kommun');
    expect(r.file.text).toContain('Ingrid Halvarsson');
  });

  it('stores text as UTF-8: Windows-1252 is converted, a byte order mark dropped', async () => {
    const cp1252 = Uint8Array.from(
      [...'Brukarenk', 0xe4, ...'t: 62 procent'].map((c) =>
        typeof c === 'number' ? c : c.charCodeAt(0),
      ),
    );
    const r = await checkAttachment(cp1252, 'enkat.txt');
    if (!r.ok) throw new Error(r.reason);
    const utf8 = Buffer.from('Brukarenkät: 62 procent', 'utf8');
    expect(r.file.candidate.size).toBe(utf8.byteLength);
    expect(r.file.candidate.sha256).toBe(sha(utf8));
    expect(r.file.text).toBe('Brukarenkät: 62 procent');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    const withBom = await checkAttachment(bom, 'enkat.txt');
    expect(withBom.ok && withBom.file.candidate.sha256).toBe(sha(utf8));
  });

  it('refuses a renamed program, whatever its name says', async () => {
    for (const name of ['bilaga.pdf', 'bilaga.docx', 'bilaga.txt']) {
      expect(await refusal(exeBytes(), name)).toBe('UNSUPPORTED_TYPE');
    }
    expect(await refusal(samplePdf(), 'program.exe')).toBe('UNSUPPORTED_TYPE');
    expect(await refusal(samplePdf(), 'utan-andelse')).toBe('UNSUPPORTED_TYPE');
  });

  it('refuses a name that contradicts the content', async () => {
    expect(await refusal(samplePdf(), 'anteckningar.txt')).toBe('NAME_MISMATCH');
    expect(await refusal(minimalDocx(['x']), 'rapport.pdf')).toBe('NAME_MISMATCH');
    expect(await refusal(strToU8('Vanlig text'), 'rapport.docx')).toBe('NAME_MISMATCH');
  });

  it('refuses empty and oversized files before reading their content', async () => {
    expect(await refusal(new Uint8Array(0), 'tom.pdf')).toBe('EMPTY');
    expect(await refusal(strToU8(' \n\t\r\n'), 'tom.txt')).toBe('EMPTY');
    const big = new Uint8Array(ATTACHMENT_LIMITS.maxBytes + 1);
    big.set(strToU8('%PDF-1.4\n'));
    expect(await refusal(big, 'stor.pdf')).toBe('TOO_LARGE');
    const exactly = new Uint8Array(ATTACHMENT_LIMITS.maxBytes);
    exactly.set(strToU8('%PDF-1.4\n'));
    expect(await refusal(exactly, 'precis.pdf')).toBe('accepted as pdf');
  });

  it('refuses text that grows over the cap when converted to UTF-8', async () => {
    // 0xE4 ('ä' in Windows-1252) is two bytes in UTF-8.
    const text = new Uint8Array(ATTACHMENT_LIMITS.maxBytes).fill(0xe4);
    expect(await refusal(text, 'lang.txt')).toBe('TOO_LARGE');
  });

  it('refuses zips that are not Word documents, damaged or bombs, without inflating them', async () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<w/>'),
    });
    expect(await refusal(xlsx, 'tabell.docx')).toBe('UNSUPPORTED_TYPE');
    expect(await refusal(zipBomb(), 'bomb.docx')).toBe('DAMAGED');
    const truncated = minimalDocx(['x']).slice(0, 200);
    expect(await refusal(truncated, 'trasig.docx')).toBe('DAMAGED');
    // A zip that passes the guard but is no Word document inside.
    const hollow = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('inte xml'),
    });
    expect(await refusal(hollow, 'ihålig.docx')).toBe('DAMAGED');
  });

  it('refuses binary data and UTF-16 text as text files', async () => {
    expect(await refusal(Uint8Array.from([0x41, 0x00, 0x42]), 'binar.txt')).toBe(
      'UNSUPPORTED_TYPE',
    );
    const utf16 = Buffer.from('\ufeffHej', 'utf16le');
    expect(await refusal(new Uint8Array(utf16), 'utf16.txt')).toBe('UNSUPPORTED_TYPE');
  });

  it('shows names without folders, control or direction characters, cut to 200', () => {
    expect(attachmentName('C:\\Users\\x\\plan.pdf')).toBe('plan.pdf');
    expect(attachmentName('/home/x/plan.pdf')).toBe('plan.pdf');
    expect(attachmentName('pl\u0007an\u202efdp.exe')).toBe('planfdp.exe');
    const long = attachmentName(`${'a'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('never throws, and accepts only kinds that agree with the name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('a.pdf', 'a.docx', 'a.txt', 'a.exe'),
        async (bytes, name) => {
          const r = await checkAttachment(bytes, name);
          if (r.ok) expect(name.endsWith(`.${r.file.candidate.kind}`)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
