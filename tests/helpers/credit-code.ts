const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Completes 17 characters with the GB 32100-2015 check character (test data). */
export function withCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + CHARSET.indexOf(first17[i]) * w, 0);
  return first17 + CHARSET[(31 - (sum % 31)) % 31];
}
