import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { importKeyFile } from '../../../src-main/services/crypto';
import type { Identity } from '../../../src-main/services/crypto';
import { openPackage, verifyScoreFileForChair } from '../../../src-main/services/exchange';
import type { ChairVerdict, PackagePayload } from '../../../src-main/services/exchange';

export const PassphrasesSchema = z.strictObject({
  format: z.literal('juryrum.demo-passphrases'),
  version: z.literal(1),
  warning: z.string().includes('DEMO ONLY'),
  seed: z.string(),
  kdf: z.string(),
  people: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      role: z.enum(['organiser', 'chair', 'juror']),
      keyFile: z.string(),
      passphrase: z.string(),
      fingerprint: z.string(),
    }),
  ),
});
export type DemoPassphrases = z.infer<typeof PassphrasesSchema>;

export function passphrasesOf(dir: string): DemoPassphrases {
  return PassphrasesSchema.parse(JSON.parse(readFileSync(join(dir, 'passphrases.json'), 'utf8')));
}

/** Every demo person's identity, restored from their key file and passphrase. */
export async function identitiesOf(dir: string): Promise<Map<string, Identity>> {
  const out = new Map<string, Identity>();
  for (const p of passphrasesOf(dir).people) {
    out.set(
      p.id,
      await importKeyFile(new Uint8Array(readFileSync(join(dir, p.keyFile))), p.passphrase),
    );
  }
  return out;
}

export function filesIn(dir: string, sub: string): string[] {
  return readdirSync(join(dir, sub)).map((f) => join(dir, sub, f));
}

/** Open every package with every juror's key; return each juror's package. */
export function packagesByJuror(
  dir: string,
  ids: Map<string, Identity>,
): Map<string, PackagePayload> {
  const out = new Map<string, PackagePayload>();
  for (const path of filesIn(dir, 'packages')) {
    const bytes = new Uint8Array(readFileSync(path));
    for (const [id, me] of ids) {
      try {
        const opened = openPackage(bytes, { me });
        out.set(id, opened.payload);
      } catch {
        /* not this juror's package */
      }
    }
  }
  return out;
}

/** Verify every score file as the chair. */
export function verifyAll(dir: string, chair: Identity, chairPkg: PackagePayload): ChairVerdict[] {
  return filesIn(dir, 'scores').map((path) =>
    verifyScoreFileForChair(new Uint8Array(readFileSync(path)), { chair, pkg: chairPkg }),
  );
}
