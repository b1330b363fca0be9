import GavelIcon from '@mui/icons-material/Gavel';
import { Box } from '@mui/material';
import {
  ArrayField,
  BooleanField,
  DataTable,
  SelectInput,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { objectionOutcomeChoices, severityChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { useObjectionDecideMutation, type FieldCorrectionInput, type ObjectionRecordFragment, type ObjectionStatus } from '../generated/graphql';

const t = (key: string) => `resources.dishonesty-records.objection.${key}`;
const field = (name: string) => `app.workflow.fields.${name}`;

interface Correction {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields an objection corrected, with old and new values (enum values translated). */
const CorrectionsField = (_props: { label?: string }) => {
  const objection = useRecordContext<ObjectionRecordFragment>();
  const translate = useTranslate();
  const corrections = (Array.isArray(objection?.corrections) ? objection.corrections : []) as Correction[];
  if (!corrections.length) return null;
  const show = (name: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return '—';
    const enumName = name === 'severity' ? 'Severity' : name === 'category' ? 'RecordCategory' : undefined;
    return enumName ? translate(`app.enums.${enumName}.${String(value)}`, { _: String(value) }) : String(value);
  };
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {corrections.map((c) => (
        <li key={c.field}>
          {translate(`resources.dishonesty-records.fields.${c.field}`, { _: c.field })}：{show(c.field, c.before)} → {show(c.field, c.after)}
        </li>
      ))}
    </Box>
  );
};

/** 处理异议: uphold, correct (severity, facts) or revoke the record. */
const DecideObjectionButton = () => {
  const objection = useRecordContext<ObjectionRecordFragment>();
  const [decide] = useObjectionDecideMutation();
  if (!objection || objection.status !== 'PENDING') return null;
  const run = (v: Record<string, unknown>) => {
    const corrections: FieldCorrectionInput[] = [];
    if (text(v.severity)) corrections.push({ field: 'severity', value: text(v.severity) });
    if (text(v.facts)) corrections.push({ field: 'facts', value: text(v.facts) });
    return decide({
      variables: {
        id: objection.id,
        version: objection.version,
        input: {
          outcome: v.outcome as ObjectionStatus,
          reason: text(v.reason),
          corrections: corrections.length ? corrections : undefined,
        },
      },
    });
  };
  return (
    <CanRun resource="dishonesty-records" command="decideObjection">
      <WorkflowButton
        action="decide_objection"
        icon={<GavelIcon />}
        defaultValues={{ outcome: 'UPHELD', reason: '', severity: '', facts: '' }}
        run={run}
      >
        <SelectInput source="outcome" label={field('outcome')} choices={objectionOutcomeChoices} validate={required()} />
        <TextInput source="reason" label={field('reason')} validate={required()} multiline minRows={2} />
        <SelectInput
          source="severity"
          label={field('corrected_severity')}
          choices={severityChoices}
          helperText={field('corrections_help')}
          emptyText="—"
        />
        <TextInput source="facts" label={field('corrected_facts')} multiline minRows={2} />
      </WorkflowButton>
    </CanRun>
  );
};

/** The record's objections (异议), newest first, with the decision button while one is pending. */
export const RecordObjections = () => (
  <ArrayField source="objections">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="filedOn" label={t('filedOn')} disableSort>
        <LocaleDateField source="filedOn" />
      </DataTable.Col>
      <DataTable.Col source="grounds" label={t('grounds')} disableSort />
      <DataTable.Col source="status" label={t('status')} disableSort>
        <StatusChipField source="status" enumName="ObjectionStatus" />
      </DataTable.Col>
      <DataTable.Col source="decisionDueOn" label={t('decisionDueOn')} disableSort>
        <LocaleDateField source="decisionDueOn" />
      </DataTable.Col>
      <DataTable.Col source="overdue" label={t('overdue')} disableSort>
        <BooleanField source="overdue" />
      </DataTable.Col>
      <DataTable.Col source="decisionReason" label={t('decisionReason')} disableSort />
      <DataTable.Col source="corrections" label={t('corrections')} disableSort>
        <CorrectionsField />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <DecideObjectionButton />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
