import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { MIN_PASSPHRASE_LENGTH } from '../../src-shared/ipc/vault-contract';

let factory: ZxcvbnFactory | null = null;

export type Strength = 'too-short' | 'weak' | 'fair' | 'good' | 'strong';

/**
 * How hard a passphrase is to guess, via zxcvbn-ts (pattern and dictionary
 * based). Shorter than the minimum is always 'too-short'.
 */
export function passphraseStrength(passphrase: string): Strength {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });
  const { score } = factory.check(passphrase);
  if (score <= 1) return 'weak';
  if (score === 2) return 'fair';
  if (score === 3) return 'good';
  return 'strong';
}
