import type { ReactElement } from 'react';
import AssessmentIcon from '@mui/icons-material/Assessment';
import CampaignIcon from '@mui/icons-material/NotificationImportant';
import QueryIcon from '@mui/icons-material/ManageSearch';
import ScoreIcon from '@mui/icons-material/Leaderboard';
import DescriptionIcon from '@mui/icons-material/Description';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import TimerIcon from '@mui/icons-material/Timer';
import InsightsIcon from '@mui/icons-material/Insights';
import TimelapseIcon from '@mui/icons-material/Timelapse';
import AlarmIcon from '@mui/icons-material/AlarmOn';
import CompareIcon from '@mui/icons-material/CompareArrows';
import { ListSubheader } from '@mui/material';
import { Menu, useCanAccessResources, useSidebarState, useTranslate } from 'react-admin';
import type { PageName, ResourceName } from '../access';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  CREDIT_CHECK_ROUTE,
  EVALUATION_ROUTE,
  EVALUATION_WHAT_IF_ROUTE,
  EXPLORER_ROUTE,
  ANNUAL_REPORT_ROUTE,
  CREDIT_REPORTS_ROUTE,
  IMPORT_ROUTE,
  PPP_ARREARS_ROUTE,
  SETTINGS_ROUTE,
  SUPERVISION_RESULTS_ROUTE,
  TRAINING_HOURS_ROUTE,
  TRAINING_REMINDERS_ROUTE,
  WARNINGS_ROUTE,
} from '../routes';

/** A menu entry: a resource's list, or a page of its own. */
type Entry = { resource: ResourceName } | { page: PageName; to: string; label: string; icon: ReactElement };

const GROUPS: { label: string; entries: Entry[] }[] = [
  {
    label: 'app.menu.organisation',
    entries: [{ resource: 'units' }, { resource: 'people' }, { resource: 'leading-groups' }],
  },
  {
    label: 'app.menu.credit',
    entries: [
      { resource: 'commitments' },
      { resource: 'dishonesty-records' },
      { resource: 'measures' },
      { resource: 'measure-applications' },
      { resource: 'enterprises' },
      { page: 'credit-check', to: CREDIT_CHECK_ROUTE, label: 'app.credit_check.title', icon: <VerifiedUserIcon /> },
      { page: 'evaluation', to: EVALUATION_ROUTE, label: 'app.evaluation.title', icon: <ScoreIcon /> },
      { resource: 'evaluation-schemes' },
      { page: 'evaluation-what-if', to: EVALUATION_WHAT_IF_ROUTE, label: 'app.scoring.what_if.title', icon: <CompareIcon /> },
      { page: 'credit-reports', to: CREDIT_REPORTS_ROUTE, label: 'app.credit_report.title', icon: <DescriptionIcon /> },
      { page: 'annual-report', to: ANNUAL_REPORT_ROUTE, label: 'app.annual_report.title', icon: <AssessmentIcon /> },
    ],
  },
  {
    label: 'app.menu.supervision',
    entries: [
      { resource: 'complaints' },
      { page: 'warnings', to: WARNINGS_ROUTE, label: 'app.warnings.title', icon: <CampaignIcon /> },
      { resource: 'reply-templates' },
      { resource: 'supervision-tasks' },
      { resource: 'supervision-proposals' },
      { resource: 'lawsuits' },
      { resource: 'judgments' },
      { resource: 'judicial-suggestions' },
      { page: 'supervision-results', to: SUPERVISION_RESULTS_ROUTE, label: 'app.screens.supervision_results.title', icon: <InsightsIcon /> },
    ],
  },
  {
    label: 'app.menu.policy_and_campaigns',
    entries: [{ resource: 'policies' }, { resource: 'policy-tasks' }, { resource: 'campaigns' }, { resource: 'campaign-findings' }],
  },
  {
    label: 'app.menu.education',
    entries: [
      { resource: 'training-sessions' },
      { resource: 'training-attendances' },
      { page: 'training-hours', to: TRAINING_HOURS_ROUTE, label: 'app.screens.training_hours.title', icon: <TimelapseIcon /> },
      { page: 'training-reminders', to: TRAINING_REMINDERS_ROUTE, label: 'app.scoring.reminders.title', icon: <AlarmIcon /> },
    ],
  },
  {
    label: 'app.menu.key_areas',
    entries: [
      { resource: 'procurement-projects' },
      { resource: 'ppp-projects' },
      { page: 'ppp-arrears', to: PPP_ARREARS_ROUTE, label: 'app.arrears.title', icon: <ReceiptLongIcon /> },
    ],
  },
  {
    label: 'app.menu.system',
    entries: [
      { resource: 'users' },
      { resource: 'audit-events' },
      { page: 'import', to: IMPORT_ROUTE, label: 'app.exchange.import.title', icon: <UploadFileIcon /> },
      { page: 'settings', to: SETTINGS_ROUTE, label: 'app.screens.settings.title', icon: <TimerIcon /> },
      { page: 'explorer', to: EXPLORER_ROUTE, label: 'app.explorer.title', icon: <QueryIcon /> },
    ],
  },
];

const nameOf = (e: Entry) => ('resource' in e ? e.resource : e.page);

/** One group: its heading (while the sidebar is open) and the entries the user may open; nothing when none. */
const Group = ({ label, entries }: { label: string; entries: Entry[] }) => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const { canAccess, isPending } = useCanAccessResources({ action: 'list', resources: entries.map(nameOf) });
  if (isPending || !canAccess) return null;
  const visible = entries.filter((e) => canAccess[nameOf(e)]);
  if (!visible.length) return null;
  return (
    <>
      {open ? (
        <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
          {translate(label)}
        </ListSubheader>
      ) : null}
      {visible.map((e) =>
        'resource' in e ? (
          <Menu.ResourceItem key={e.resource} name={e.resource} />
        ) : (
          <Menu.Item key={e.page} to={e.to} primaryText={e.label} leftIcon={e.icon} />
        ),
      )}
    </>
  );
};

/** The sidebar, grouped: 组织机构, 信用管理, 监督, 重点领域, 系统. */
export const ConsoleMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    {GROUPS.map((g) => (
      <Group key={g.label} {...g} />
    ))}
  </Menu>
);
