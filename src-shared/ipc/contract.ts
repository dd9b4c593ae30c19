import { z } from 'zod';
import type { Channel, AppEvent } from './channels';
import { LANGUAGES } from '../i18n/languages';
import { IdleLockMinutesSchema, vaultContract } from './vault-contract';
import { ApplicationSchema, JurorSchema, RoundSchema } from '../domain/round';

import type { ChannelSpec } from './channel-spec';
import { organiserContract } from './organiser-contract';
import { jurorContract } from './juror-contract';
import { chairContract } from './chair-contract';
import { reportContract } from './report-contract';

export type { ChannelSpec } from './channel-spec';

const empty = z.strictObject({});

export const AppInfoSchema = z.strictObject({
  name: z.string(),
  version: z.string(),
  /** Which shell runs the core: the real Electron app or the test/preview harness. */
  shell: z.enum(['electron', 'harness']),
  electronVersion: z.string().nullable(),
  nodeVersion: z.string(),
  platform: z.string(),
});

/** App settings, kept by main in `settings.json` (docs/formats.md). */
export const SettingsSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  /** Minutes without activity before the vault locks itself; 0 = never. */
  idleLockMinutes: IdleLockMinutesSchema,
});

export const RoundSummarySchema = z.strictObject({
  id: z.string(),
  award: z.string(),
  name: z.string(),
  year: z.number().int(),
  isDemo: z.boolean(),
  applicationCount: z.number().int().nonnegative(),
  jurorCount: z.number().int().nonnegative(),
  criteriaCount: z.number().int().nonnegative(),
  chairName: z.string().nullable(),
  phases: z.array(z.strictObject({ id: z.string(), name: z.string(), anonymised: z.boolean() })),
});

/** The built-in demo round in full: definition, applications, people. */
export const DemoRoundSchema = z.strictObject({
  round: RoundSchema,
  applications: z.array(ApplicationSchema),
  jurors: z.array(JurorSchema),
  organiser: z.strictObject({ id: z.string(), name: z.string(), organisation: z.string() }),
});
export type DemoRound = z.infer<typeof DemoRoundSchema>;

/**
 * The whole IPC surface: channel name → request schema → response schema.
 * Main validates every request against it; the renderer client validates
 * every response.
 */
export const contract = {
  'app:info': { request: empty, response: AppInfoSchema },
  'settings:get': { request: empty, response: SettingsSchema },
  'settings:set': { request: SettingsSchema.partial().strict(), response: SettingsSchema },
  'rounds:list': { request: empty, response: z.array(RoundSummarySchema) },
  'rounds:demo': { request: empty, response: DemoRoundSchema },
  ...vaultContract,
  ...organiserContract,
  ...jurorContract,
  ...chairContract,
  ...reportContract,
} as const satisfies Record<Channel, ChannelSpec>;

export type Contract = typeof contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export type AppInfo = z.infer<typeof AppInfoSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

/** Payload schemas of push events. */
export const eventContract = {
  'vault:locked': z.strictObject({ reason: z.enum(['manual', 'idle', 'suspend', 'lock-screen']) }),
} as const satisfies Record<AppEvent, z.ZodType>;
