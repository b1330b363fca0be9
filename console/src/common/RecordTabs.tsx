import { useState, type ReactNode } from 'react';
import { Box, Tab, Tabs } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { RecordHistory } from './RecordHistory';

/**
 * A show page's content under a 详情 tab, beside a 变更历史 tab with the record's
 * audit trail. Only roles that read the audit trail see the tabs; the others see the content.
 */
export const RecordTabs = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const [tab, setTab] = useState(0);
  const { canAccess } = useCanAccess({ resource: 'audit-events', action: 'list' });
  if (!canAccess) return <>{children}</>;
  return (
    <>
      <Tabs value={tab} onChange={(_e, v: number) => setTab(v)} sx={{ borderBottom: 1, borderColor: 'divider', px: 2 }}>
        <Tab label={translate('app.history.details')} />
        <Tab label={translate('app.history.tab')} />
      </Tabs>
      {tab === 0 ? children : <RecordHistory />}
    </>
  );
};

/** The same history as a tab of a TabbedShowLayout (pages that already have tabs). */
export const RecordHistoryPanel = () => (
  <Box sx={{ mx: -2 }}>
    <RecordHistory />
  </Box>
);
