/**
 * IPC channel names of the chair screens (no schemas, so the preload can
 * use them). Schemas are in chair-contract.ts.
 */
export const CHAIR_CHANNELS = [] as const;
