import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { tokenStore } from './token-store';

const withToken = setContext((_operation, { headers }) => {
  const token = tokenStore.token();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** One client for the data provider, the auth provider and the typed hooks of custom pages. */
export const apolloClient = new ApolloClient({
  link: from([withToken, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
});
