import type { z } from 'zod';

/**
 * Add a custom issue at `path` inside a superRefine check. Internal to the
 * exchange schemas (not exported from the index).
 */
export function issue(ctx: z.RefinementCtx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}
