import { useGetIdentity, usePermissions } from 'react-admin';
import type { Role } from '../generated/graphql';

/**
 * Whether the signed-in user may take a unit's own step for `unitId`: bureau
 * roles may; a unit reporter only for its own unit (the server checks again),
 * so its screens do not offer steps the server would refuse.
 */
export function useActsForUnit(...unitIds: (string | null | undefined)[]): boolean {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Role[]>();
  const roles = permissions ?? [];
  if (roles.some((r) => r !== 'UNIT_REPORTER')) return true;
  const own = (identity as { unit?: { id: string } | null } | undefined)?.unit?.id;
  return !!own && unitIds.includes(own);
}
