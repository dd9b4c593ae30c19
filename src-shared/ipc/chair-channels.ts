/**
 * IPC channel names of the chair screens (no schemas, so the preload can
 * use them). Schemas are in chair-contract.ts.
 */
export const CHAIR_CHANNELS = [
  'chair:importPackage',
  'chair:openPackage',
  'chair:verifyScoreFiles',
  'chair:pickScoreFiles',
  'chair:exportResult',
  'chair:openAttachment',
] as const;
