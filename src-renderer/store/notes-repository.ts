import { z } from 'zod';
import { createRepository } from '../db/repository';

/** Private notes per round and role. Never exported in any file. */
export const NoteSchema = z.strictObject({ text: z.string().max(200_000) });
export type Note = z.infer<typeof NoteSchema>;

export const notesRepository = createRepository({
  type: 'note',
  schemaVersion: 1,
  schema: NoteSchema,
});
