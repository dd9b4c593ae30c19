import { createRepository } from '../db/repository';
import { StoredResultSchema } from '../../src-shared/report/stored';

/**
 * The organiser's accepted result, one sealed record per round
 * ('organiser-result', local id 'result'). Main verified the content before
 * it came here; the repository has main seal it before it is stored.
 */
export const resultRepository = createRepository({
  type: 'organiser-result',
  schemaVersion: 1,
  schema: StoredResultSchema,
});

export const RESULT_RECORD = 'result';
