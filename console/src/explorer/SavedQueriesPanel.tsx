import { useState } from 'react';
import BookmarksIcon from '@mui/icons-material/BookmarksOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Box, Button, IconButton, List, ListItem, ListItemButton, ListItemText, Stack, TextField, Typography } from '@mui/material';
import { useGraphiQL, type GraphiQLPlugin } from '@graphiql/react';
import { HttpError, useNotify, useTranslate } from 'react-admin';
import {
  useExplorerCreateSavedQueryMutation,
  useExplorerDeleteSavedQueryMutation,
  useExplorerSavedQueriesQuery,
  useExplorerUpdateSavedQueryMutation,
  type ExplorerSavedQueryFragment,
} from '../generated/graphql';
import { serverErrorCode, toHttpError } from '../providers/server-error';

const t = (key: string) => `app.explorer.${key}`;

/** The server's refusal as a translation key (or its own message). */
function messageOf(error: unknown): string {
  const problem = toHttpError(error);
  return problem instanceof HttpError || problem instanceof Error ? problem.message : 'ra.notification.http_error';
}

/** The explorer's side panel: save the query being edited under a name, open or delete saved ones. */
const SavedQueriesPanel = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryEditor = useGraphiQL((s) => s.queryEditor);
  const variableEditor = useGraphiQL((s) => s.variableEditor);
  const { data, loading, refetch } = useExplorerSavedQueriesQuery({ fetchPolicy: 'network-only' });
  const [create] = useExplorerCreateSavedQueryMutation();
  const [update] = useExplorerUpdateSavedQueryMutation();
  const [remove] = useExplorerDeleteSavedQueryMutation();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string>();
  const saved = data?.savedQueries.items ?? [];

  const save = async () => {
    const input = { name: name.trim(), query: queryEditor?.getValue() ?? '', variables: variableEditor?.getValue() || null };
    // Saving under an existing name replaces that query, as an analyst refining it would expect.
    const existing = saved.find((q) => q.name === input.name);
    try {
      if (existing) await update({ variables: { id: existing.id, input, version: existing.version } });
      else await create({ variables: { input } });
      setNameError(undefined);
      notify(t('saved'), { type: 'success', messageArgs: { name: input.name } });
      await refetch();
    } catch (error) {
      const message = messageOf(error);
      if (serverErrorCode(error) === 'BAD_USER_INPUT' || serverErrorCode(error) === 'CONFLICT') setNameError(translate(message, { _: message }));
      notify(message, { type: 'error' });
    }
  };

  const open = (q: ExplorerSavedQueryFragment) => {
    queryEditor?.setValue(q.query);
    variableEditor?.setValue(q.variables ?? '');
    setName(q.name);
  };

  const drop = async (q: ExplorerSavedQueryFragment) => {
    try {
      await remove({ variables: { id: q.id } });
      notify(t('deleted'), { type: 'info', messageArgs: { name: q.name } });
      await refetch();
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  };

  return (
    <Box sx={{ p: 1 }} data-testid="saved-queries">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate(t('saved_queries'))}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          variant="standard"
          size="small"
          label={translate(t('name'))}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={!!nameError}
          helperText={nameError}
          slotProps={{ htmlInput: { maxLength: 100 } }}
        />
        <Button variant="contained" sx={{ flexShrink: 0, whiteSpace: 'nowrap', mt: 1 }} onClick={save} disabled={!name.trim() || !queryEditor}>
          {translate(t('save'))}
        </Button>
      </Stack>
      {!loading && saved.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 2 }}>
          {translate(t('none'))}
        </Typography>
      ) : null}
      <List dense>
        {saved.map((q) => (
          <ListItem
            key={q.id}
            disablePadding
            secondaryAction={
              <IconButton edge="end" aria-label={translate(t('delete'), { name: q.name })} onClick={() => drop(q)}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            }
          >
            <ListItemButton onClick={() => open(q)}>
              <ListItemText primary={q.name} />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Box>
  );
};

const PluginIcon = () => <BookmarksIcon fontSize="small" />;

/** The panel as a GraphiQL plugin (its sidebar button carries the title). */
export const savedQueriesPlugin = (title: string): GraphiQLPlugin => ({ title, icon: PluginIcon, content: SavedQueriesPanel });
