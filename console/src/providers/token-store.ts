import type { Role } from '../generated/graphql';

/** What the console remembers about the signed-in user between page loads. */
export interface Session {
  token: string;
  expiresAt: string;
  user: { id: string; username: string; displayName: string; roles: Role[]; unit: { id: string; name: string } | null };
}

const KEY = 'integrity.session';

function read(): Session | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : undefined;
  } catch {
    return undefined;
  }
}

export const tokenStore = {
  session: read,
  /** The bearer token, unless it has expired. */
  token(): string | undefined {
    const s = read();
    if (!s) return undefined;
    if (Date.parse(s.expiresAt) <= Date.now()) return undefined;
    return s.token;
  },
  roles(): Role[] {
    return read()?.user.roles ?? [];
  },
  save(session: Session): void {
    localStorage.setItem(KEY, JSON.stringify(session));
  },
  updateUser(user: Session['user']): void {
    const s = read();
    if (s) localStorage.setItem(KEY, JSON.stringify({ ...s, user }));
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};
