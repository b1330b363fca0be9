import crypto from 'node:crypto';

// Crockford's base32 without I, L, O, U: easy to read out over the telephone.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 24; // 24 × 5 = 120 bits; 6 characters find the case, 18 (90 bits) prove it.
export const LOOKUP_LENGTH = 6;

/** A new receipt code, shown once: XXXX-XXXX-XXXX-XXXX-XXXX-XXXX. */
export function newReceiptCode(): string {
  const bytes = crypto.randomBytes(LENGTH);
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** Upper-case, strips separators and maps look-alike letters, or null when it cannot be a receipt code. */
export function normaliseReceiptCode(code: string): string | null {
  const s = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return s.length === LENGTH && [...s].every((c) => ALPHABET.includes(c)) ? s : null;
}
