import FactCheckIcon from '@mui/icons-material/FactCheck';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { ArrayField, BooleanInput, DataTable, TextField, TextInput, required, useRecordContext } from 'react-admin';
import { CanRun } from '../common/CanRun';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import {
  useRectificationReportMutation,
  useRectificationVerifyMutation,
  type RectificationRecordFragment,
} from '../generated/graphql';

const t = (key: string) => `resources.dishonesty-records.rectification.${key}`;
const field = (name: string) => `app.workflow.fields.${name}`;

/** 报告整改进展 while open or overdue; 验收整改 once reported complete. */
const RectificationButtons = () => {
  const rect = useRecordContext<RectificationRecordFragment>();
  const [report] = useRectificationReportMutation();
  const [verify] = useRectificationVerifyMutation();
  if (!rect) return null;
  const target = { id: rect.id, version: rect.version };
  if (rect.status === 'OPEN' || rect.status === 'OVERDUE') {
    return (
      <CanRun resource="dishonesty-records" command="reportProgress">
        <WorkflowButton
          action="report_progress"
          icon={<TrendingUpIcon />}
          defaultValues={{ progress: rect.progress ?? '', completed: false }}
          run={(v) => report({ variables: { ...target, input: { progress: text(v.progress), completed: v.completed === true } } })}
        >
          <TextInput source="progress" label={field('progress')} validate={required()} multiline minRows={3} />
          <BooleanInput source="completed" label={field('completed')} />
        </WorkflowButton>
      </CanRun>
    );
  }
  if (rect.status === 'COMPLETED') {
    return (
      <CanRun resource="dishonesty-records" command="verifyRectification">
        <WorkflowButton
          action="verify_rectification"
          icon={<FactCheckIcon />}
          defaultValues={{ accepted: true, note: '' }}
          run={(v) => verify({ variables: { ...target, accepted: v.accepted === true, note: text(v.note) } })}
        >
          <BooleanInput source="accepted" label={field('accepted')} />
          <TextInput source="note" label={field('verification_note')} multiline minRows={2} />
        </WorkflowButton>
      </CanRun>
    );
  }
  return null;
};

/** The rectifications (整改) ordered for the record. */
export const RecordRectifications = () => (
  <ArrayField source="rectifications">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="requiredActions" label={t('requiredActions')} disableSort />
      <DataTable.Col source="responsibleUnit.name" label={t('responsibleUnit')} disableSort>
        <TextField source="responsibleUnit.name" />
      </DataTable.Col>
      <DataTable.Col source="responsiblePerson.name" label={t('responsiblePerson')} disableSort>
        <TextField source="responsiblePerson.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="deadline" label={t('deadline')} disableSort>
        <LocaleDateField source="deadline" />
      </DataTable.Col>
      <DataTable.Col source="status" label={t('status')} disableSort>
        <StatusChipField source="status" enumName="RectificationStatus" />
      </DataTable.Col>
      <DataTable.Col source="progress" label={t('progress')} disableSort />
      <DataTable.Col source="verificationNote" label={t('verificationNote')} disableSort />
      <DataTable.Col label="" disableSort>
        <RectificationButtons />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
