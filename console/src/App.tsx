import { ApolloProvider } from '@apollo/client';
import { Admin, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import auditEvents from './audit-events';
import { auditEventsSource } from './audit-events/audit-events.source';
import commitments from './commitments';
import { commitmentsSource } from './commitments/commitments.source';
import { Dashboard } from './dashboard/Dashboard';
import dishonestyRecords from './dishonesty-records';
import { dishonestyRecordsSource } from './dishonesty-records/dishonesty-records.source';
import { i18nProvider } from './i18n/i18nProvider';
import { INTEGRITY_FILE_ROUTE } from './integrity-file/IntegrityFileButton';
import { IntegrityFilePage } from './integrity-file/IntegrityFilePage';
import leadingGroups from './leading-groups';
import { leadingGroupsSource } from './leading-groups/leading-groups.source';
import measureApplications from './measure-applications';
import { measureApplicationsSource } from './measure-applications/measure-applications.source';
import measures from './measures';
import { measuresSource } from './measures/measures.source';
import people from './people';
import { peopleSource } from './people/people.source';
import { apolloClient } from './providers/apollo-client';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import type { ResourceSource } from './providers/resource-source';
import type { ResourceName } from './access';
import units from './units';
import { unitsSource } from './units/units.source';
import users from './users';
import { usersSource } from './users/users.source';

const sources: Record<ResourceName, ResourceSource> = {
  units: unitsSource,
  people: peopleSource,
  'leading-groups': leadingGroupsSource,
  users: usersSource,
  'audit-events': auditEventsSource,
  commitments: commitmentsSource,
  'dishonesty-records': dishonestyRecordsSource,
  measures: measuresSource,
  'measure-applications': measureApplicationsSource,
};

const dataProvider = createDataProvider(apolloClient, sources);
const authProvider = createAuthProvider(apolloClient);

// react-admin's own router (react-router); custom routes need its Route element.
const { Route } = reactRouterProvider;

// Menus, routes and buttons follow authProvider.canAccess, i.e. the user's roles.
export const App = () => (
  <ApolloProvider client={apolloClient}>
    <Admin
      disableTelemetry
      requireAuth
      title="政务诚信治理平台"
      dashboard={Dashboard}
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
      <Resource name="users" {...users} />
      <Resource name="audit-events" {...auditEvents} />
      <CustomRoutes>
        {/* 诚信档案: every signed-in user; the server limits a unit reporter to its own unit. */}
        <Route path={INTEGRITY_FILE_ROUTE} element={<IntegrityFilePage />} />
      </CustomRoutes>
    </Admin>
  </ApolloProvider>
);
