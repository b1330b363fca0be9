import { ApolloProvider } from '@apollo/client';
import { Admin, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import auditEvents from './audit-events';
import commitments from './commitments';
import complaints from './complaints';
import { lazyScreen } from './common/lazy-screen';
import { Dashboard } from './dashboard/Dashboard';
import dishonestyRecords from './dishonesty-records';
import evaluationSchemes from './evaluation-schemes';
import enterprises from './enterprises';
import { i18nProvider } from './i18n/i18nProvider';
import { AppTitle } from './layout/AppTitle';
import { ConsoleLayout } from './layout/ConsoleLayout';
import leadingGroups from './leading-groups';
import measureApplications from './measure-applications';
import measures from './measures';
import people from './people';
import pppProjects from './ppp-projects';
import procurementProjects from './procurement-projects';
import { apolloClient } from './providers/apollo-client';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import type { LoadSource } from './providers/resource-source';
import type { ResourceName } from './access';
import replyTemplates from './reply-templates';
import units from './units';
import users from './users';
import {
  ANNUAL_REPORT_ROUTE,
  CREDIT_CHECK_ROUTE,
  EVALUATION_ROUTE,
  EVALUATION_WHAT_IF_ROUTE,
  EXPLORER_ROUTE,
  CREDIT_REPORT_PRINT_ROUTE,
  CREDIT_REPORTS_ROUTE,
  INTEGRITY_FILE_ROUTE,
  NOTIFICATIONS_ROUTE,
  PPP_ARREARS_ROUTE,
  IMPORT_ROUTE,
  SETTINGS_ROUTE,
  SUPERVISION_RESULTS_ROUTE,
  TRAINING_HOURS_ROUTE,
  TRAINING_REMINDERS_ROUTE,
  VERIFY_ROUTE,
  WARNINGS_ROUTE,
} from './routes';
// Supervision, policy implementation, campaigns and integrity education.
import campaignFindings from './campaign-findings';
import campaigns from './campaigns';
import judgments from './judgments';
import judicialSuggestions from './judicial-suggestions';
import lawsuits from './lawsuits';
import policies from './policies';
import policyTasks from './policy-tasks';
import supervisionProposals from './supervision-proposals';
import supervisionTasks from './supervision-tasks';
import trainingAttendances from './training-attendances';
import trainingSessions from './training-sessions';

// Each resource's source (and the typed documents it runs) is downloaded when the resource is first used.
const sources: Record<ResourceName, LoadSource> = {
  units: () => import('./units/units.source').then((m) => m.unitsSource),
  people: () => import('./people/people.source').then((m) => m.peopleSource),
  'leading-groups': () => import('./leading-groups/leading-groups.source').then((m) => m.leadingGroupsSource),
  users: () => import('./users/users.source').then((m) => m.usersSource),
  'audit-events': () => import('./audit-events/audit-events.source').then((m) => m.auditEventsSource),
  commitments: () => import('./commitments/commitments.source').then((m) => m.commitmentsSource),
  'dishonesty-records': () => import('./dishonesty-records/dishonesty-records.source').then((m) => m.dishonestyRecordsSource),
  measures: () => import('./measures/measures.source').then((m) => m.measuresSource),
  'measure-applications': () => import('./measure-applications/measure-applications.source').then((m) => m.measureApplicationsSource),
  complaints: () => import('./complaints/complaints.source').then((m) => m.complaintsSource),
  'reply-templates': () => import('./reply-templates/reply-templates.source').then((m) => m.replyTemplatesSource),
  enterprises: () => import('./enterprises/enterprises.source').then((m) => m.enterprisesSource),
  'procurement-projects': () => import('./procurement-projects/procurement-projects.source').then((m) => m.procurementProjectsSource),
  'ppp-projects': () => import('./ppp-projects/ppp-projects.source').then((m) => m.pppProjectsSource),
  'supervision-tasks': () => import('./supervision-tasks/supervision-tasks.source').then((m) => m.supervisionTasksSource),
  'supervision-proposals': () => import('./supervision-proposals/supervision-proposals.source').then((m) => m.supervisionProposalsSource),
  lawsuits: () => import('./lawsuits/lawsuits.source').then((m) => m.lawsuitsSource),
  judgments: () => import('./judgments/judgments.source').then((m) => m.judgmentsSource),
  'judicial-suggestions': () => import('./judicial-suggestions/judicial-suggestions.source').then((m) => m.judicialSuggestionsSource),
  policies: () => import('./policies/policies.source').then((m) => m.policiesSource),
  'policy-tasks': () => import('./policy-tasks/policy-tasks.source').then((m) => m.policyTasksSource),
  campaigns: () => import('./campaigns/campaigns.source').then((m) => m.campaignsSource),
  'campaign-findings': () => import('./campaign-findings/campaign-findings.source').then((m) => m.campaignFindingsSource),
  'training-sessions': () => import('./training-sessions/training-sessions.source').then((m) => m.trainingSessionsSource),
  'training-attendances': () => import('./training-attendances/training-attendances.source').then((m) => m.trainingAttendancesSource),
  'evaluation-schemes': () => import('./evaluation-schemes/evaluation-schemes.source').then((m) => m.evaluationSchemesSource),
};

const dataProvider = createDataProvider(apolloClient, sources);
const authProvider = createAuthProvider(apolloClient);

// Pages of their own, downloaded when first opened.
const IntegrityFilePage = lazyScreen(() => import('./integrity-file/IntegrityFilePage'), 'IntegrityFilePage');
const WarningBoard = lazyScreen(() => import('./warnings/WarningBoard'), 'WarningBoard');
const NotificationsPage = lazyScreen(() => import('./notifications/NotificationsPage'), 'NotificationsPage');
const CreditCheckPage = lazyScreen(() => import('./credit-check/CreditCheckPage'), 'CreditCheckPage');
const PppArrearsPage = lazyScreen(() => import('./ppp-projects/PppArrears'), 'PppArrearsPage');
const VerifyPage = lazyScreen(() => import('./credit-check/VerifyPage'), 'VerifyPage');
const TrainingHoursPage = lazyScreen(() => import('./training-attendances/TrainingHoursPage'), 'TrainingHoursPage');
const SettingsPage = lazyScreen(() => import('./settings/SettingsPage'), 'SettingsPage');
const SupervisionResultsPage = lazyScreen(() => import('./supervision-tasks/SupervisionResultsPage'), 'SupervisionResultsPage');
const ImportPage = lazyScreen(() => import('./import/ImportPage'), 'ImportPage');
const ExplorerPage = lazyScreen(() => import('./explorer/ExplorerPage'), 'ExplorerPage');
const EvaluationPage = lazyScreen(() => import('./evaluation/EvaluationPage'), 'EvaluationPage');
const WhatIfPage = lazyScreen(() => import('./evaluation/WhatIfPage'), 'WhatIfPage');
const TrainingRemindersPage = lazyScreen(() => import('./training-attendances/TrainingRemindersPage'), 'TrainingRemindersPage');
const CreditReportsPage = lazyScreen(() => import('./credit-reports/CreditReportsPage'), 'CreditReportsPage');
const CreditReportPrintPage = lazyScreen(() => import('./credit-reports/CreditReportPrintPage'), 'CreditReportPrintPage');
const AnnualReportPage = lazyScreen(() => import('./annual-report/AnnualReportPage'), 'AnnualReportPage');

// react-admin's own router (react-router); custom routes need its Route element.
const { Route } = reactRouterProvider;

// Menus, routes and buttons follow authProvider.canAccess, i.e. the user's roles.
export const App = () => (
  <ApolloProvider client={apolloClient}>
    <Admin
      disableTelemetry
      requireAuth
      title={<AppTitle />}
      dashboard={Dashboard}
      layout={ConsoleLayout}
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
    >
      <Resource name="units" {...units} />
      <Resource name="people" {...people} />
      <Resource name="leading-groups" {...leadingGroups} />
      <Resource name="commitments" {...commitments} />
      <Resource name="dishonesty-records" {...dishonestyRecords} />
      <Resource name="measures" {...measures} />
      <Resource name="measure-applications" {...measureApplications} />
      <Resource name="enterprises" {...enterprises} />
      <Resource name="complaints" {...complaints} />
      <Resource name="reply-templates" {...replyTemplates} />
      <Resource name="procurement-projects" {...procurementProjects} />
      <Resource name="ppp-projects" {...pppProjects} />
      <Resource name="supervision-tasks" {...supervisionTasks} />
      <Resource name="supervision-proposals" {...supervisionProposals} />
      <Resource name="lawsuits" {...lawsuits} />
      <Resource name="judgments" {...judgments} />
      <Resource name="judicial-suggestions" {...judicialSuggestions} />
      <Resource name="policies" {...policies} />
      <Resource name="policy-tasks" {...policyTasks} />
      <Resource name="campaigns" {...campaigns} />
      <Resource name="campaign-findings" {...campaignFindings} />
      <Resource name="training-sessions" {...trainingSessions} />
      <Resource name="training-attendances" {...trainingAttendances} />
      <Resource name="evaluation-schemes" {...evaluationSchemes} />
      <Resource name="users" {...users} />
      <Resource name="audit-events" {...auditEvents} />
      <CustomRoutes>
        {/* 诚信档案: every signed-in user; the server limits a unit reporter to its own unit. */}
        <Route path={INTEGRITY_FILE_ROUTE} element={<IntegrityFilePage />} />
        <Route path={WARNINGS_ROUTE} element={<WarningBoard />} />
        <Route path={NOTIFICATIONS_ROUTE} element={<NotificationsPage />} />
        <Route path={CREDIT_CHECK_ROUTE} element={<CreditCheckPage />} />
        <Route path={PPP_ARREARS_ROUTE} element={<PppArrearsPage />} />
        <Route path={TRAINING_HOURS_ROUTE} element={<TrainingHoursPage />} />
        <Route path={SETTINGS_ROUTE} element={<SettingsPage />} />
        <Route path={SUPERVISION_RESULTS_ROUTE} element={<SupervisionResultsPage />} />
        <Route path={IMPORT_ROUTE} element={<ImportPage />} />
        <Route path={EXPLORER_ROUTE} element={<ExplorerPage />} />
        <Route path={EVALUATION_ROUTE} element={<EvaluationPage />} />
        <Route path={EVALUATION_WHAT_IF_ROUTE} element={<WhatIfPage />} />
        <Route path={TRAINING_REMINDERS_ROUTE} element={<TrainingRemindersPage />} />
        <Route path={CREDIT_REPORTS_ROUTE} element={<CreditReportsPage />} />
        <Route path={ANNUAL_REPORT_ROUTE} element={<AnnualReportPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        {/* 核查结果验证: public, no sign-in (react-admin renders routes without layout before the auth check). */}
        <Route path={VERIFY_ROUTE} element={<VerifyPage />} />
        {/* 信用报告 laid out for printing, without the console's menus (the API still requires a signed-in reader). */}
        <Route path={CREDIT_REPORT_PRINT_ROUTE} element={<CreditReportPrintPage />} />
      </CustomRoutes>
    </Admin>
  </ApolloProvider>
);
