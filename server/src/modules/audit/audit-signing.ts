import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface SigningState {
  privateKey: crypto.KeyObject;
  publicKey: crypto.KeyObject;
  keyId: string;
  /** Where each new checkpoint is appended as one JSON line; none when absent. */
  exportFile?: string;
}

let state: SigningState | undefined;

function fromPrivateKey(privateKey: crypto.KeyObject, exportFile?: string): SigningState {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('The audit signing key must be an Ed25519 key');
  const publicKey = crypto.createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey), exportFile };
}

/** First 16 hex digits of the SHA-256 of the public key (SPKI DER): names the key in checkpoints. */
export function keyIdOf(publicKey: crypto.KeyObject): string {
  return crypto.createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/**
 * Loads the Ed25519 key that signs checkpoints: `AUDIT_SIGNING_KEY` (PKCS#8 PEM)
 * when given, else `keys/audit-ed25519.pem` under the data folder, created on
 * first use. The key lives outside the database so that whoever can rewrite the
 * database cannot also sign a rewritten chain. Checkpoints are exported to
 * `checkpoints.jsonl` in the data folder.
 */
export function configureAuditSigning(opts: { dataDir?: string; signingKey?: string }): void {
  const exportFile = opts.dataDir ? path.join(opts.dataDir, 'checkpoints.jsonl') : undefined;
  if (opts.signingKey) {
    state = fromPrivateKey(crypto.createPrivateKey(opts.signingKey.replace(/\\n/g, '\n')), exportFile);
    return;
  }
  if (opts.dataDir) {
    const file = path.join(opts.dataDir, 'keys', 'audit-ed25519.pem');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      const { privateKey } = crypto.generateKeyPairSync('ed25519');
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    }
    state = fromPrivateKey(crypto.createPrivateKey(fs.readFileSync(file, 'utf8')), exportFile);
    return;
  }
  state = undefined;
}

function current(): SigningState {
  // Without configuration (tests, scripts) a per-process key still signs and verifies.
  state ??= fromPrivateKey(crypto.generateKeyPairSync('ed25519').privateKey);
  return state;
}

/** What a checkpoint's signature covers; documented in docs/audit.md so anyone can check it. */
export function checkpointMessage(c: { seq: string | number; hash: string; signedAt: Date | string }): string {
  const signedAt = typeof c.signedAt === 'string' ? c.signedAt : c.signedAt.toISOString();
  return `audit-checkpoint/v1\n${c.seq}\n${c.hash}\n${signedAt}`;
}

export function signCheckpoint(c: { seq: string; hash: string; signedAt: Date }): { signature: string; keyId: string } {
  const s = current();
  const signature = crypto.sign(null, Buffer.from(checkpointMessage(c), 'utf8'), s.privateKey).toString('base64');
  return { signature, keyId: s.keyId };
}

/** Whether the signature is the configured key's over this checkpoint. */
export function checkpointSignatureValid(c: { seq: string | number; hash: string; signedAt: Date | string; signature: string; keyId: string }): boolean {
  const s = current();
  if (c.keyId !== s.keyId) return false;
  try {
    return crypto.verify(null, Buffer.from(checkpointMessage(c), 'utf8'), s.publicKey, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}

export function auditPublicKey(): { pem: string; keyId: string } {
  const s = current();
  return { pem: s.publicKey.export({ type: 'spki', format: 'pem' }).toString(), keyId: s.keyId };
}

/** Appends a checkpoint to the export file outside the database (skipped when none is configured). */
export function exportCheckpoint(line: Record<string, unknown>): void {
  const file = state?.exportFile;
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.appendFileSync(file, `${JSON.stringify(line)}\n`, { mode: 0o600 });
}
