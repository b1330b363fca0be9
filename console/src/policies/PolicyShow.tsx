import {
  ArrayField,
  DataTable,
  Labeled,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { policyLevelChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { PolicyActions } from './PolicyActions';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.policies.${key}`;
const task = (key: string) => `resources.policy-tasks.fields.${key}`;

export const PolicyShow = () => (
  <Show actions={<PolicyActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="documentNumber" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="PolicyStatus" />
        </Labeled>
        <SelectField source="level" choices={policyLevelChoices} />
        <TextField source="issuedBy" emptyText="—" />
        <LocaleDateField source="issuedOn" />
        <LocaleDateField source="effectiveFrom" />
        <LocaleDateField source="effectiveTo" emptyText="—" />
        <TextField source="summary" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <ReferenceField source="responsibleSectionId" reference="units" link="show" />
        <ReferenceField source="replacesId" reference="policies" link="show" emptyText="—" />
        <TextField source="supersededBy.title" label={t('fields.supersededBy')} emptyText="—" />
        <LocaleDateField source="enactedOn" emptyText="—" />
        <LocaleDateField source="endedOn" emptyText="—" />
        <TextField source="endReason" emptyText="—" />
        <Labeled label={t('tasks')} fullWidth>
          <ArrayField source="tasks">
            <DataTable bulkActionButtons={false} resource="policy-tasks" rowClick="show" empty={<span>—</span>}>
              <DataTable.Col source="measure" label={task('measure')} disableSort />
              <DataTable.Col source="leadUnit.name" label={task('leadUnitId')} disableSort />
              <DataTable.Col source="deadline" label={task('deadline')} disableSort>
                <LocaleDateField source="deadline" />
              </DataTable.Col>
              <DataTable.Col source="status" label={task('status')} disableSort>
                <StatusChipField source="status" enumName="PolicyTaskStatus" />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </Labeled>
        <Labeled label={t('evaluations')} fullWidth>
          <ArrayField source="evaluations">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
              <DataTable.Col source="evaluatedOn" label={t('evaluation.evaluatedOn')} disableSort>
                <LocaleDateField source="evaluatedOn" />
              </DataTable.Col>
              <DataTable.Col source="evaluator" label={t('evaluation.evaluator')} disableSort>
                <TextField source="evaluator" emptyText="—" />
              </DataTable.Col>
              <DataTable.Col source="score" label={t('evaluation.score')} disableSort>
                <NumberField source="score" />
              </DataTable.Col>
              <DataTable.Col source="rating" label={t('evaluation.rating')} disableSort>
                <StatusChipField source="rating" enumName="EvaluationRating" />
              </DataTable.Col>
              <DataTable.Col source="findings" label={t('evaluation.findings')} disableSort />
              <DataTable.Col source="adjustments" label={t('evaluation.adjustments')} disableSort>
                <TextField source="adjustments" emptyText="—" />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
