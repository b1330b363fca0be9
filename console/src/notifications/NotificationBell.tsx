import { useState } from 'react';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Divider, IconButton, ListItemText, Menu, MenuItem, Tooltip, Typography } from '@mui/material';
import { useNavigate, useTranslate } from 'react-admin';
import { useNotificationMarkReadMutation, useNotificationUnreadQuery } from '../generated/first-page';
import { useEntityLinks } from '../warnings/entity-links';
import { NOTIFICATIONS_ROUTE } from '../routes';

/** How often the unread count is asked for again. */
const POLL_MS = 60_000;

const t = (key: string) => `app.notifications.${key}`;

/** 站内通知 in the app bar: the unread count, the latest unread ones, and 全部标为已读. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useNotificationUnreadQuery({ pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const [markRead] = useNotificationMarkReadMutation({ refetchQueries: ['NotificationUnread', 'NotificationPage'] });
  const unread = data?.myNotifications.unread ?? 0;
  const items = data?.myNotifications.items ?? [];
  const linkOf = useEntityLinks(items);
  const label = translate(t('bell'), { count: unread });

  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} onClick={(e) => setAnchor(e.currentTarget)}>
          <Badge badgeContent={unread} color="error" max={99} data-testid="unread-count">
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Menu
        anchorEl={anchor}
        open={!!anchor}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { width: 380, maxWidth: '90vw' } } }}
      >
        <Box sx={{ px: 2, py: 1 }}>
          <Typography variant="subtitle1">{translate(t('title'))}</Typography>
        </Box>
        <Divider />
        {items.length === 0 ? <MenuItem disabled>{translate(t('none_unread'))}</MenuItem> : null}
        {items.map((n) => (
          <MenuItem
            key={n.id}
            onClick={async () => {
              setAnchor(null);
              await markRead({ variables: { ids: [n.id] } });
              const to = linkOf(n);
              if (to) navigate(to);
            }}
          >
            <ListItemText
              primary={n.title}
              secondary={n.body}
              slotProps={{
                primary: { color: n.level === 'RED' ? 'error' : 'warning.dark', noWrap: true },
                secondary: { noWrap: true },
              }}
            />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          disabled={unread === 0}
          onClick={async () => {
            setAnchor(null);
            await markRead({ variables: { ids: null } });
          }}
        >
          {translate(t('mark_all'))}
        </MenuItem>
        <MenuItem
          onClick={() => {
            setAnchor(null);
            navigate(NOTIFICATIONS_ROUTE);
          }}
        >
          {translate(t('see_all'))}
        </MenuItem>
      </Menu>
    </>
  );
};
