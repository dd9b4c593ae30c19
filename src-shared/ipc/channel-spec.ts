import type { z } from 'zod';

/** One IPC channel: a strict request schema and the response schema. */
export interface ChannelSpec {
  readonly request: z.ZodType;
  readonly response: z.ZodType;
}
