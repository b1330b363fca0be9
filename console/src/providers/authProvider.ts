import type { ApolloClient } from '@apollo/client';
import type { AuthProvider } from 'react-admin';
import { canAccess } from '../access';
import { ConsoleLoginDocument, ConsoleLogoutDocument, ConsoleMeDocument, type ConsoleLoginMutation, type ConsoleLoginMutationVariables, type ConsoleLogoutMutation, type ConsoleLogoutMutationVariables, type ConsoleMeQuery, type ConsoleMeQueryVariables } from '../generated/first-page';
import { serverErrorCode, toHttpError } from './server-error';
import { tokenStore } from './token-store';

export function createAuthProvider(client: ApolloClient<unknown>): AuthProvider {
  const forget = async () => {
    tokenStore.clear();
    await client.clearStore();
  };

  return {
    async login({ username, password }: { username: string; password: string }) {
      try {
        const { data } = await client.mutate<ConsoleLoginMutation, ConsoleLoginMutationVariables>({
          mutation: ConsoleLoginDocument,
          variables: { username, password },
          fetchPolicy: 'no-cache',
        });
        if (!data) throw new Error('ra.auth.sign_in_error');
        const { token, expiresAt, user } = data.login;
        tokenStore.save({ token, expiresAt, user });
      } catch (error) {
        // Wrong name or password, a locked account: one message, as the server gives no more away.
        if (serverErrorCode(error) === 'UNAUTHENTICATED') throw new Error('ra.auth.sign_in_error', { cause: error });
        throw toHttpError(error);
      }
    },

    async logout() {
      if (tokenStore.token()) {
        try {
          await client.mutate<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>({
            mutation: ConsoleLogoutDocument,
            fetchPolicy: 'no-cache',
          });
        } catch {
          // The session may already be gone on the server; signing out locally is what matters.
        }
      }
      await forget();
    },

    async checkAuth() {
      if (!tokenStore.token()) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error: unknown) {
      const status = (error as { status?: number } | undefined)?.status;
      if (status === 401 || serverErrorCode(error) === 'UNAUTHENTICATED') {
        await forget();
        throw new Error('ra.notification.logged_out');
      }
      // FORBIDDEN and the rest are shown as notifications; the session stays.
    },

    async getIdentity() {
      try {
        const { data } = await client.query<ConsoleMeQuery, ConsoleMeQueryVariables>({
          query: ConsoleMeDocument,
          fetchPolicy: 'no-cache',
        });
        // Roles may have changed since sign-in; menus follow the server's current answer.
        tokenStore.updateUser(data.me);
        return { id: data.me.id, fullName: data.me.displayName, username: data.me.username, unit: data.me.unit };
      } catch (error) {
        throw toHttpError(error);
      }
    },

    async getPermissions() {
      return tokenStore.roles();
    },

    async canAccess({ resource, action }) {
      return canAccess(tokenStore.roles(), resource, action);
    },
  };
}
