import { ApolloProvider } from '@apollo/client';
import { Admin, Resource } from 'react-admin';
import auditEvents from './audit-events';
import { auditEventsSource } from './audit-events/audit-events.source';
import { Dashboard } from './dashboard/Dashboard';
import { i18nProvider } from './i18n/i18nProvider';
import leadingGroups from './leading-groups';
import { leadingGroupsSource } from './leading-groups/leading-groups.source';
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
};

const dataProvider = createDataProvider(apolloClient, sources);
const authProvider = createAuthProvider(apolloClient);

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
      <Resource name="users" {...users} />
      <Resource name="audit-events" {...auditEvents} />
    </Admin>
  </ApolloProvider>
);
