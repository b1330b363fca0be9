import {
  UserCreateDocument,
  UserListDocument,
  UserOneDocument,
  UserUpdateDocument,
  type Role,
  type UserCreateMutation,
  type UserCreateMutationVariables,
  type UserListQuery,
  type UserListQueryVariables,
  type UserOneQuery,
  type UserOneQueryVariables,
  type UserRecordFragment,
  type UserSortField,
  type UserUpdateMutation,
  type UserUpdateMutationVariables,
} from '../generated/graphql';
import { ROLES } from '../common/enums';
import { changedFields, compact, filterBool, filterEnum, filterIds, filterText, optional } from '../providers/record-utils';
import type { ResourceSource } from '../providers/resource-source';

export type UserRecord = UserRecordFragment & { unitId: string | null; personId: string | null };

interface UserForm {
  username: string;
  displayName: string;
  password?: string;
  roles: Role[];
  unitId?: string | null;
  personId?: string | null;
  active?: boolean | null;
}

const EDITABLE = ['displayName', 'roles', 'unitId', 'personId', 'active'] as const satisfies readonly (keyof UserForm)[];

const SORT: Record<string, UserSortField> = {
  username: 'USERNAME',
  displayName: 'DISPLAY_NAME',
  lastLoginAt: 'LAST_LOGIN_AT',
  createdAt: 'CREATED_AT',
};

const toRecord = (user: UserRecordFragment): UserRecord => ({
  ...user,
  unitId: user.unit?.id ?? null,
  personId: user.person?.id ?? null,
});

export const usersSource: ResourceSource<UserRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const field = sort && SORT[sort.field];
    const data = await gql.query<UserListQuery, UserListQueryVariables>(UserListDocument, {
      filter: compact({
        q: filterText(filter.q),
        role: filterEnum(filter.role, ROLES),
        unitId: filterText(filter.unitId),
        active: filterBool(filter.active),
        ids: filterIds(filter.ids),
      }),
      sort: field ? { field, order: sort.order } : undefined,
      offset,
      limit,
    });
    return { items: data.users.items.map(toRecord), total: data.users.total };
  },

  async one(gql, id) {
    const data = await gql.query<UserOneQuery, UserOneQueryVariables>(UserOneDocument, { id: String(id) });
    return toRecord(data.user);
  },

  async many(gql, ids) {
    const data = await gql.query<UserListQuery, UserListQueryVariables>(UserListDocument, {
      filter: { ids: ids.map(String) },
      limit: Math.max(1, Math.min(ids.length, 100)),
    });
    return data.users.items.map(toRecord);
  },

  async create(gql, data) {
    const form = data as unknown as UserForm;
    const result = await gql.mutate<UserCreateMutation, UserCreateMutationVariables>(UserCreateDocument, {
      input: {
        username: form.username,
        displayName: form.displayName,
        password: form.password ?? '',
        roles: form.roles ?? [],
        unitId: optional(form.unitId),
        personId: optional(form.personId),
      },
    });
    return toRecord(result.createUser);
  },

  async update(gql, id, data, previous) {
    const result = await gql.mutate<UserUpdateMutation, UserUpdateMutationVariables>(UserUpdateDocument, {
      id: String(id),
      input: changedFields(data as unknown as UserForm, previous as Partial<UserForm>, EDITABLE),
      version: previous.version,
    });
    return toRecord(result.updateUser);
  },
};
