import { Labeled, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { auditActionChoices, entityTypeChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { AuditChanges } from './AuditChanges';

/** One audit event on its own page, e.g. linked from elsewhere by its id. */
export const AuditEventShow = () => (
  <Show>
    <SimpleShowLayout>
      <LocaleDateField source="occurredAt" showTime />
      <TextField source="actorName" />
      <SelectField source="action" choices={auditActionChoices} />
      <SelectField source="entityType" choices={entityTypeChoices} />
      <TextField source="entityId" />
      <TextField source="command" />
      <TextField source="requestId" />
      <Labeled label="resources.audit-events.fields.changes" fullWidth>
        <AuditChanges />
      </Labeled>
    </SimpleShowLayout>
  </Show>
);
