import type { Role } from './generated/graphql';

/** The console's resources, as react-admin names them (and as they appear in URLs). */
export type ResourceName = 'units' | 'people' | 'leading-groups' | 'users' | 'audit-events';

type Ability = 'read' | 'create' | 'edit' | 'delete';

const EVERYONE: readonly Role[] = [
  'ADMIN',
  'DISCIPLINE',
  'PERSONNEL',
  'OFFICE',
  'GENERAL_AFFAIRS',
  'UNIT_REPORTER',
  'LEADER',
  'ANALYST',
];
const BUREAU_STAFF = EVERYONE.filter((r) => r !== 'UNIT_REPORTER');

// Mirrors the server's access rules so screens only offer what the server would
// allow. It decides visibility only: the server checks every call again.
const ABILITIES: Record<ResourceName, Record<Ability, readonly Role[]>> = {
  units: { read: EVERYONE, create: ['ADMIN'], edit: ['ADMIN'], delete: ['ADMIN'] },
  people: {
    read: EVERYONE,
    create: ['ADMIN', 'PERSONNEL', 'UNIT_REPORTER'],
    edit: ['ADMIN', 'PERSONNEL', 'UNIT_REPORTER'],
    delete: ['ADMIN', 'PERSONNEL'],
  },
  'leading-groups': { read: BUREAU_STAFF, create: ['ADMIN', 'OFFICE'], edit: ['ADMIN', 'OFFICE'], delete: [] },
  users: { read: ['ADMIN'], create: ['ADMIN'], edit: ['ADMIN'], delete: [] },
  'audit-events': { read: ['ADMIN', 'ANALYST'], create: [], edit: [], delete: [] },
};

/** react-admin's action names, folded onto what the server distinguishes. */
function abilityOf(action: string): Ability {
  switch (action) {
    case 'create':
    case 'clone':
      return 'create';
    case 'edit':
      return 'edit';
    case 'delete':
      return 'delete';
    default:
      return 'read';
  }
}

function isResource(name: string): name is ResourceName {
  return name in ABILITIES;
}

export function canAccess(roles: readonly Role[], resource: string, action: string): boolean {
  // Sub-resources such as "units.code" (field-level checks) follow their resource.
  const name = resource.split('.')[0];
  if (!isResource(name)) return false;
  const allowed = ABILITIES[name][abilityOf(action)];
  return roles.some((r) => allowed.includes(r));
}
