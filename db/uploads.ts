import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '@/db/client';

/** Uploaded files live beside the database (data/uploads/<branch>/), never under public/. */
function uploadsRoot(): string {
  return process.env.UPLOADS_DIR || path.join(path.dirname(databasePath()), 'uploads');
}

export function storeUpload(branchId: number, bytes: Uint8Array, extension: string): string {
  const storedName = `${branchId}/${randomUUID()}.${extension}`;
  const file = path.join(uploadsRoot(), storedName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes, { flag: 'wx' });
  return storedName;
}

/** Reads a stored file by the name the database gave it; names are generated, never user input. */
export function readUpload(storedName: string): Buffer | null {
  if (!/^\d+\/[0-9a-f-]{36}\.(jpg|png|pdf)$/.test(storedName)) return null;
  const file = path.join(uploadsRoot(), storedName);
  return fs.existsSync(file) ? fs.readFileSync(file) : null;
}
