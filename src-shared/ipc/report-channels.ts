/**
 * IPC channel names of the organiser's result and report step (no schemas,
 * so the preload can use them). Schemas are in report-contract.ts.
 */
export const REPORT_CHANNELS = ['report:importResult', 'report:export'] as const;
