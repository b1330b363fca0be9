import { useState } from 'react';
import DoneIcon from '@mui/icons-material/Done';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import {
  Box,
  Card,
  LinearProgress,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
} from '@mui/material';
import { Button, Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChipField';
import { useNotificationMarkReadMutation, useNotificationPageQuery } from '../generated/first-page';
import { useEntityLinks } from '../warnings/entity-links';
import { TablePager } from '../common/TablePager';

const t = (key: string) => `app.notifications.${key}`;

/** 站内通知: unread or all, newest first, marked read one by one or all at once. */
export const NotificationsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const { data, loading } = useNotificationPageQuery({
    variables: { unreadOnly, offset: page * perPage, limit: perPage },
    fetchPolicy: 'network-only',
  });
  const [markRead, { loading: marking }] = useNotificationMarkReadMutation({
    refetchQueries: ['NotificationUnread', 'NotificationPage'],
  });
  const list = data?.myNotifications;
  const linkOf = useEntityLinks(list?.items ?? []);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <Box sx={{ display: 'flex', alignItems: 'center' }}>
        <Tabs
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(_e, v) => {
            setUnreadOnly(v === 'unread');
            setPage(0);
          }}
        >
          <Tab value="unread" label={translate(t('unread_tab'), { count: list?.unread ?? 0 })} />
          <Tab value="all" label={translate(t('all_tab'))} />
        </Tabs>
        <Box sx={{ flex: 1 }} />
        <Button label={t('mark_all')} disabled={marking || !list?.unread} onClick={() => void markRead({ variables: { ids: null } })}>
          <DoneAllIcon />
        </Button>
      </Box>
      <Card variant="outlined" sx={{ mt: 1 }}>
        {loading ? <LinearProgress /> : null}
        <Table size="small">
          <TableHead>
            <TableRow>
              {['level', 'title', 'body', 'createdAt', 'readAt', ''].map((c) => (
                <TableCell key={c}>{c ? translate(t(`columns.${c}`)) : null}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {list && list.items.length === 0 ? (
              <TableRow>
                <TableCell colSpan={6}>{translate(t(unreadOnly ? 'none_unread' : 'none'))}</TableCell>
              </TableRow>
            ) : null}
            {(list?.items ?? []).map((n) => {
              const to = linkOf(n);
              return (
                <TableRow key={n.id} sx={{ fontWeight: n.readAt ? undefined : 'bold' }}>
                  <TableCell>
                    <StatusChip enumName="WarningLevel" value={n.level} />
                  </TableCell>
                  <TableCell>{to ? <Link to={to}>{n.title}</Link> : n.title}</TableCell>
                  <TableCell>{n.body}</TableCell>
                  <TableCell>{new Date(n.createdAt).toLocaleString(locale)}</TableCell>
                  <TableCell>{n.readAt ? new Date(n.readAt).toLocaleString(locale) : '—'}</TableCell>
                  <TableCell>
                    {n.readAt ? null : (
                      <Button label={t('mark_read')} disabled={marking} onClick={() => void markRead({ variables: { ids: [n.id] } })}>
                        <DoneIcon />
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        <TablePager count={list?.total ?? 0} page={page} perPage={perPage} onPageChange={setPage} onPerPageChange={setPerPage} />
      </Card>
    </Box>
  );
};
