// 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without
// I, O, S, V, Z; the last is a check character over the first 17 (MOD 31).
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'LENGTH' | 'CHARACTERS' | 'CHECK_CHARACTER';

export function creditCodeProblem(value: string): CreditCodeProblem | null {
  const code = value.trim().toUpperCase();
  if (code.length !== 18) return 'LENGTH';
  if (![...code].every((c) => CHARSET.includes(c))) return 'CHARACTERS';
  const sum = WEIGHTS.reduce((acc, w, i) => acc + CHARSET.indexOf(code[i]) * w, 0);
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check] === code[17] ? null : 'CHECK_CHARACTER';
}

export function normaliseCreditCode(value: string): string {
  return value.trim().toUpperCase();
}
