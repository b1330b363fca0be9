import { useMemo } from 'react';
import { Box } from '@mui/material';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { Title, useTranslate } from 'react-admin';
import { tokenStore } from '../providers/token-store';
import { operationNameFor } from './operation';
import { savedQueriesPlugin } from './SavedQueriesPanel';

const DEFAULT_QUERY = `# 查询台：输入 GraphQL 查询，按 Ctrl+Enter 运行。
query UnitOverview {
  units(limit: 5) {
    total
    items { code name kind }
  }
}
`;

/**
 * 查询台: GraphiQL for analysts, bundled with the console (no CDN), sending the
 * console's own sign-in token; queries are kept per user on the server.
 */
export const ExplorerPage = () => {
  const translate = useTranslate();
  // One plugin object for the page's life: GraphiQL finds the visible plugin by reference.
  const plugin = useMemo(() => savedQueriesPlugin(translate('app.explorer.saved_queries')), [translate]);
  // The token is read per request, so a fresh sign-in is used without reloading the page.
  const fetcher = useMemo<Fetcher>(() => {
    const send = createGraphiQLFetcher({
      url: '/graphql',
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        const token = tokenStore.token();
        if (token) headers.set('authorization', `Bearer ${token}`);
        return fetch(input, { ...init, headers });
      },
    });
    return (params, options) => send({ ...params, operationName: operationNameFor(params.query, params.operationName) }, options);
  }, []);
  return (
    <>
      <Title title="app.explorer.title" />
      <Box sx={{ mt: 1, height: 'calc(100vh - 120px)', minHeight: 480, border: 1, borderColor: 'divider' }}>
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={DEFAULT_QUERY}
          plugins={[plugin]}
          visiblePlugin={plugin}
          isHeadersEditorEnabled={false}
          forcedTheme="light"
        />
      </Box>
    </>
  );
};
