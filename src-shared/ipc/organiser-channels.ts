/**
 * IPC channel names of the organiser screens (no schemas, so the preload can
 * use them). Schemas are in organiser-contract.ts.
 */
export const ORGANISER_CHANNELS = [
  'organiser:readImportFile',
  'organiser:identity',
  'organiser:createRoster',
  'organiser:enrolCards',
  'organiser:editRoster',
  'organiser:issuePackages',
  'organiser:addAttachments',
  'organiser:demoAttachments',
] as const;
