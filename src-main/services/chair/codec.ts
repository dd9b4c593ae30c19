/**
 * Bytes travel between the renderer and main as standard base64 (the IPC
 * contract checks the alphabet and length before anything is decoded).
 */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Decode contract-checked base64. */
export function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
