/** Blank text means "no value": the server stores null, not an empty string. */
export function blankToNull<T>(value: T): T | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return value;
}

/** A value for a create input: blank and null are left out so the server applies its default. */
export function optional<T>(value: T | null | undefined): Exclude<T, ''> | undefined {
  const v = blankToNull(value);
  return v === null ? undefined : (v as Exclude<T, ''>);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(blankToNull(a)) === JSON.stringify(blankToNull(b));
}

/**
 * The fields of a form that differ from the loaded record. Updates send only
 * these, so an unchanged field is neither re-validated nor written to the audit trail.
 */
export function changedFields<T extends object, K extends keyof T>(
  next: T,
  previous: Partial<T>,
  keys: readonly K[],
): { [P in K]?: T[P] | null } {
  const out: { [P in K]?: T[P] | null } = {};
  for (const key of keys) {
    if (!(key in next)) continue;
    if (!same(next[key], previous[key])) out[key] = blankToNull(next[key]);
  }
  return out;
}

/** Drops undefined entries so filters only carry what the user chose. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function filterText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function filterBool(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

export function filterIds(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** A filter value that names one enum member, checked against the members the schema has. */
export function filterEnum<T extends string>(value: unknown, members: readonly T[]): T | undefined {
  return typeof value === 'string' && (members as readonly string[]).includes(value) ? (value as T) : undefined;
}
