import { ConsoleList } from '../common/ConsoleList';
import { DataTable, SelectField, SelectInput, TextInput } from 'react-admin';
import { auditActionChoices, entityTypeChoices } from '../common/enums';
import { AuditChanges } from './AuditChanges';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [
  <SelectInput key="entityType" source="entityType" choices={entityTypeChoices} alwaysOn />,
  <SelectInput key="action" source="action" choices={auditActionChoices} alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="command" source="command" />,
];

// The trail is read-only, newest first unless the time column is sorted; each row opens in place to show what changed.
export const AuditEventList = () => (
  <ConsoleList filters={filters} perPage={25} sort={{ field: 'occurredAt', order: 'DESC' }}>
    <DataTable bulkActionButtons={false} rowClick="expand" expand={<AuditChanges />}>
      <DataTable.Col source="occurredAt">
        <LocaleDateField source="occurredAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="actorName" disableSort />
      <DataTable.Col source="action" disableSort>
        <SelectField source="action" choices={auditActionChoices} />
      </DataTable.Col>
      <DataTable.Col source="entityType" disableSort>
        <SelectField source="entityType" choices={entityTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="entityId" disableSort />
      <DataTable.Col source="command" disableSort />
    </DataTable>
  </ConsoleList>
);
