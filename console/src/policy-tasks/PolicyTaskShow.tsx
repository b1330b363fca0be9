import {
  ArrayField,
  BooleanField,
  DataTable,
  Labeled,
  ReferenceArrayField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
} from 'react-admin';
import { DeadlineField } from '../common/DeadlineField';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { PolicyTaskActions } from './PolicyTaskActions';
import { policyTaskOpen } from './PolicyTaskList';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.policy-tasks.${key}`;

export const PolicyTaskShow = () => (
  <Show actions={<PolicyTaskActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="measure" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled source="status">
          <StatusChipField source="status" enumName="PolicyTaskStatus" />
        </Labeled>
        <ReferenceField source="policyId" reference="policies" link="show" />
        <ReferenceField source="leadUnitId" reference="units" link="show" />
        <ReferenceArrayField source="responsibleUnitIds" reference="units" emptyText="—" />
        <ReferenceField source="responsiblePersonId" reference="people" link="show" emptyText="—" />
        <LocaleDateField source="assignedOn" />
        <Labeled source="deadline">
          <DeadlineField source="deadline" running={policyTaskOpen} />
        </Labeled>
        <LocaleDateField source="completedOn" emptyText="—" />
        <TextField source="carriedOverFrom.title" label={t('fields.carriedOverFrom')} emptyText="—" />
        <Labeled label={t('progress')} fullWidth>
          <ArrayField source="progressReports">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
              <DataTable.Col source="reportedOn" label={t('report.reportedOn')} disableSort>
                <LocaleDateField source="reportedOn" />
              </DataTable.Col>
              <DataTable.Col source="note" label={t('report.note')} disableSort />
              <DataTable.Col source="completed" label={t('report.completed')} disableSort>
                <BooleanField source="completed" />
              </DataTable.Col>
              <DataTable.Col source="evidence" label={t('report.evidence')} disableSort>
                <TextArrayField source="evidence" emptyText="—" />
              </DataTable.Col>
              <DataTable.Col source="reportedByName" label={t('report.reportedByName')} disableSort>
                <TextField source="reportedByName" emptyText="—" />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
