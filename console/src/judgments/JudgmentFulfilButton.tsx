import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { DateInput, TextArrayInput, TextInput, required, useRecordContext } from 'react-admin';
import { useActsForUnit } from '../common/acts-for';
import { CanRun } from '../common/CanRun';
import { WorkflowButton, text } from '../common/WorkflowButton';
import { useJudgmentFulfilMutation } from '../generated/graphql';
import type { JudgmentRecord } from './judgments.source';

const field = (name: string) => `app.screens.fields.${name}`;

/** 登记履行: the party unit (or the bureau) records that the judgment was fulfilled. */
export const JudgmentFulfilButton = () => {
  const record = useRecordContext<JudgmentRecord>();
  const [fulfil] = useJudgmentFulfilMutation();
  const ownUnit = useActsForUnit(record?.unitId);
  if (!record || record.status === 'FULFILLED' || !ownUnit) return null;
  return (
    <CanRun resource="judgments" command="fulfil">
      <WorkflowButton
        action="judgment_fulfil"
        icon={<TaskAltIcon />}
        defaultValues={{ note: '', fulfilledOn: '', evidence: [] }}
        run={(v) =>
          fulfil({
            variables: {
              id: record.id,
              version: record.version,
              input: { note: text(v.note), fulfilledOn: text(v.fulfilledOn) || undefined, evidence: (v.evidence as string[] | undefined) ?? [] },
            },
          })
        }
      >
        <TextInput source="note" label={field('note')} validate={required()} multiline minRows={2} />
        <DateInput source="fulfilledOn" label={field('fulfilled_on')} />
        <TextArrayInput source="evidence" label={field('evidence')} helperText={field('evidence_help')} />
      </WorkflowButton>
    </CanRun>
  );
};
