import { describe, it, expect, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../../src-main/services/core';
import { createDispatcher, type Handlers } from '../../../src-main/services/ipc/dispatcher';
import { noDialogs } from '../../../src-main/services/dialogs';
import { AppError } from '../../../src-shared/ipc/result';

const ORIGIN = 'app://bundle';
const own = { url: 'app://bundle/index.html', isMainFrame: true };

function core() {
  return createCore({
    dataDir: mkdtempSync(join(tmpdir(), 'juryrum-ipc-')),
    shell: 'harness',
    appOrigin: ORIGIN,
    dialogs: noDialogs,
    emit: () => undefined,
  });
}

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return { ...core().handlers, ...overrides };
}

describe('IPC dispatcher', () => {
  it('answers a valid request from the app frame with {ok:true,value}', async () => {
    const res = await core().dispatch('rounds:list', {}, own);
    expect(res.ok).toBe(true);
    if (res.ok) expect((res.value as unknown[]).length).toBe(1);
  });

  it('refuses foreign origins and sub-frames with FORBIDDEN_SENDER', async () => {
    const d = core().dispatch;
    await expect(
      d('app:info', {}, { url: 'https://evil.example/', isMainFrame: true }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    await expect(
      d('app:info', {}, { url: 'app://bundle/x', isMainFrame: false }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    await expect(
      d('app:info', {}, { url: 'app://bundle.evil/x', isMainFrame: true }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    await expect(d('app:info', {}, { url: 'not a url', isMainFrame: true })).resolves.toMatchObject(
      {
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      },
    );
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    await expect(core().dispatch('fs:readAll', {}, own)).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    await expect(core().dispatch(42, {}, own)).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('parses requests strictly: extra keys, wrong types and non-objects are BAD_REQUEST', async () => {
    const d = core().dispatch;
    for (const bad of [{ extra: true }, null, 'x', [], { language: 'de' }]) {
      const channel =
        bad !== null && typeof bad === 'object' && 'language' in bad ? 'settings:set' : 'app:info';
      await expect(d(channel, bad, own)).resolves.toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST' },
      });
    }
    // An own "__proto__" key (as JSON.parse makes it) is an unknown key: refused.
    const hostile: unknown = JSON.parse('{"language":"en","__proto__":{"admin":true}}');
    await expect(d('settings:set', hostile, own)).resolves.toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    });
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });

  it('turns unexpected errors into INTERNAL without a stack trace, and logs them in main', async () => {
    const logError = vi.fn();
    const dispatch = createDispatcher(
      handlersWith({
        'app:info': () => {
          throw new Error('secret detail at /home/user/file.ts:12:3');
        },
      }),
      { appOrigin: ORIGIN, logError },
    );
    const res = await dispatch('app:info', {}, own);
    expect(res).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'An unexpected error occurred.' },
    });
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('passes typed AppErrors through with their code', async () => {
    const dispatch = createDispatcher(
      handlersWith({
        'rounds:list': () => {
          throw new AppError('LOCKED', 'The vault is locked.');
        },
      }),
      { appOrigin: ORIGIN },
    );
    await expect(dispatch('rounds:list', {}, own)).resolves.toEqual({
      ok: false,
      error: { code: 'LOCKED', message: 'The vault is locked.' },
    });
  });

  it('refuses to return a response that breaks the contract', async () => {
    const dispatch = createDispatcher(
      handlersWith({ 'settings:get': () => ({ language: 'xx' }) as never }),
      { appOrigin: ORIGIN, logError: () => undefined },
    );
    await expect(dispatch('settings:get', {}, own)).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('persists settings through the core', async () => {
    const c = core();
    await expect(c.dispatch('settings:set', { language: 'en' }, own)).resolves.toEqual({
      ok: true,
      value: { language: 'en', idleLockMinutes: 10 },
    });
    await expect(c.dispatch('settings:get', {}, own)).resolves.toEqual({
      ok: true,
      value: { language: 'en', idleLockMinutes: 10 },
    });
  });
});
