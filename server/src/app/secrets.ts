import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

let idHashKey: Buffer | undefined;

/**
 * Loads the key for hashing personal identifiers: `ID_HASH_KEY` (hex or base64)
 * when set, else a key file under the data folder, created on first start. The
 * key lives outside the database so a copy of the database alone cannot be
 * searched by ID number.
 */
export function configureSecrets(opts: { dataDir?: string; idHashKey?: string }): void {
  if (opts.idHashKey) {
    idHashKey = /^[0-9a-f]{64}$/i.test(opts.idHashKey)
      ? Buffer.from(opts.idHashKey, 'hex')
      : Buffer.from(opts.idHashKey, 'base64');
    return;
  }
  if (opts.dataDir) {
    const file = path.join(opts.dataDir, 'keys', 'id-hash.key');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
    }
    idHashKey = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  }
}

/** HMAC-SHA-256 of a normalised personal identifier. */
export function hashIdentifier(value: string): string {
  // Without configuration (tests, scripts) a per-process key still keeps values unguessable.
  idHashKey ??= crypto.randomBytes(32);
  return crypto.createHmac('sha256', idHashKey).update(value.trim().toUpperCase()).digest('hex');
}
