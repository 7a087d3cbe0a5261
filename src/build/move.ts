// Moving a finished file or folder into the output: a rename where it can be one, a copy and a
// delete where the two are on different file systems (a rename cannot cross them).
import { cpSync, renameSync, rmSync } from 'node:fs';

/** Puts `from` at `to`, replacing whatever was there. */
export function move(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
