import {
  contract,
  eventContract,
  type ResponseOf,
  type RequestOf,
} from '../../src-shared/ipc/contract';
import type { AppEvent, Bridge, Channel } from '../../src-shared/ipc/channels';
import { ERROR_CODES, type Result } from '../../src-shared/ipc/result';
import { z } from 'zod';

/**
 * The only module that touches the bridge the preload (or the harness)
 * exposes. Every response is validated against the contract, so the rest of
 * the renderer can trust the types.
 */
declare global {
  interface Window {
    /** Exposed by the preload under BRIDGE_KEY ('juryrum'). */
    readonly juryrum?: Bridge;
  }
}

const envelope = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(ERROR_CODES).catch('INTERNAL'), message: z.string() }),
  }),
]);

function bridge(): Bridge {
  const b = window.juryrum;
  if (!b) throw new Error('The Juryrum bridge is missing: the app must run inside its shell.');
  return b;
}

/** Call a main-process channel. Never throws for errors main reports. */
export async function call<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<Result<ResponseOf<C>>> {
  let raw: unknown;
  try {
    raw = await bridge().invoke(channel, request);
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: 'IPC transport failed.' } };
  }
  const env = envelope.safeParse(raw);
  if (!env.success) return { ok: false, error: { code: 'INTERNAL', message: 'Malformed reply.' } };
  if (!env.data.ok) return { ok: false, error: env.data.error };
  const value = contract[channel].response.safeParse(env.data.value);
  if (!value.success) {
    return { ok: false, error: { code: 'INTERNAL', message: 'Reply did not match the contract.' } };
  }
  // Validated against this channel's response schema just above.
  return { ok: true, value: value.data as ResponseOf<C> };
}

/** Subscribe to a push event from main; returns the unsubscribe function. */
export function onEvent<E extends AppEvent>(
  event: E,
  listener: (payload: z.infer<(typeof eventContract)[E]>) => void,
): () => void {
  return bridge().on(event, (payload) => {
    const parsed = eventContract[event].safeParse(payload);
    if (parsed.success) listener(parsed.data);
  });
}

/** Raw access for the security e2e spec's expectations (unknown channels). */
export function isBridgePresent(): boolean {
  return typeof window.juryrum === 'object';
}
