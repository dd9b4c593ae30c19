import { importKeyFile, isCryptoError, KEYFILE_MAX_BYTES } from '../services/crypto';
import type { Identity } from '../services/crypto';
import { readPickedFiles } from '../services/chair';
import { CliFailure } from './args';

/*
 * How every CLI command reads its input files: size-capped before reading
 * (a named file that is too big, missing or not a file is one plain error
 * line), and the identity from a key file plus a passphrase file.
 */

const MAX_PASSPHRASE_FILE_BYTES = 4 * 1024;

/** A file's bytes, or a CliFailure naming `what` it was meant to be. */
export async function readInputFile(path: string, max: number, what: string): Promise<Uint8Array> {
  const [file] = await readPickedFiles([path], max);
  if (file === undefined || !file.ok) {
    throw new CliFailure(
      file?.ok === false && file.problem === 'TOO_LARGE'
        ? `The ${what} ${path} is larger than allowed.`
        : `The ${what} ${path} cannot be read (missing, or not a file).`,
    );
  }
  return file.bytes;
}

/** The passphrase file's text without the one final line break an editor adds. */
export async function readPassphraseFile(path: string): Promise<string> {
  const bytes = await readInputFile(path, MAX_PASSPHRASE_FILE_BYTES, 'passphrase file');
  const passphrase = new TextDecoder().decode(bytes).replace(/\r?\n$/, '');
  if (passphrase === '') throw new CliFailure('The passphrase file is empty.');
  return passphrase;
}

/** The identity in a key file (docs/formats.md), opened with the passphrase file's text. */
export async function loadIdentity(keyFile: string, passphraseFile: string): Promise<Identity> {
  const bytes = await readInputFile(keyFile, KEYFILE_MAX_BYTES, 'key file');
  const passphrase = await readPassphraseFile(passphraseFile);
  try {
    return await importKeyFile(bytes, passphrase);
  } catch (e) {
    if (isCryptoError(e, 'WRONG_PASSPHRASE')) {
      throw new CliFailure('The passphrase does not open the key file.');
    }
    if (isCryptoError(e)) throw new CliFailure(`The key file cannot be used (${e.code}).`);
    throw e;
  }
}
