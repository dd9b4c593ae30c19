import type { z } from 'zod';
import { contract, type ParsedRequestOf, type ResponseOf } from '../../../src-shared/ipc/contract';
import { CHANNELS, isChannel, type Channel } from '../../../src-shared/ipc/channels';
import { AppError, fail, ok, type Result } from '../../../src-shared/ipc/result';
import { isAppUrl } from '../../../src-shared/security/policy';

/** Who sent an IPC message, as the shell (Electron or harness) sees it. */
export interface SenderInfo {
  /** URL of the frame that sent the message. */
  readonly url: string;
  /** True when the sender is the top-level frame of our window. */
  readonly isMainFrame: boolean;
}

/** Every channel's handler; the request has already been validated. */
export type Handlers = {
  readonly [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export type Dispatch = (
  channel: unknown,
  request: unknown,
  sender: SenderInfo,
) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** `scheme://host[:port]` of the app; other senders are refused. */
  readonly appOrigin: string;
  /** Where unexpected errors are reported (never to the renderer). */
  readonly logError?: (channel: string, error: unknown) => void;
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * The single entry point for IPC. Checks the sender frame, parses the
 * request strictly, runs the handler, and returns an envelope. It never
 * throws and never returns a stack trace: unexpected errors become INTERNAL.
 */
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): Dispatch {
  const logError = options.logError ?? (() => undefined);
  return async (channel, request, sender) => {
    if (!sender.isMainFrame || !isAppUrl(sender.url, options.appOrigin)) {
      return fail('FORBIDDEN_SENDER', 'Requests are accepted only from the app window.');
    }
    if (!isChannel(channel)) {
      return fail('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel).slice(0, 64)}`);
    }
    return runChannel(channel, request, handlers, logError);
  };
}

async function runChannel<C extends Channel>(
  channel: C,
  request: unknown,
  handlers: Handlers,
  logError: (channel: string, error: unknown) => void,
): Promise<Result<unknown>> {
  const spec = contract[channel];
  const parsed = spec.request.safeParse(request);
  if (!parsed.success) return fail('BAD_REQUEST', describeZodError(parsed.error));
  try {
    const handler = handlers[channel] as (req: unknown) => Promise<unknown> | unknown;
    const value = await handler(parsed.data);
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      logError(
        channel,
        new Error(`response does not match contract: ${describeZodError(checked.error)}`),
      );
      return fail('INTERNAL', 'An unexpected error occurred.');
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    logError(channel, error);
    return fail('INTERNAL', 'An unexpected error occurred.');
  }
}

/** Channels the shell must register; exactly the contract's. */
export const registeredChannels: readonly Channel[] = CHANNELS;
