/**
 * IPC channel names of the juror screens (no schemas, so the preload can
 * use them). Schemas are in juror-contract.ts.
 */
export const JUROR_CHANNELS = [
  'juror:importPackage',
  'juror:openStored',
  'juror:demoPackage',
  'juror:exportScoreFile',
  'juror:writeScoreFile',
  'juror:exportSheet',
  'juror:importSheet',
  'juror:openAttachment',
] as const;
