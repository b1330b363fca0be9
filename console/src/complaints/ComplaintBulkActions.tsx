import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  useListContext,
  useTranslate,
} from 'react-admin';
import { CanRun } from '../common/CanRun';
import { WorkflowButton } from '../common/WorkflowButton';
import {
  useComplaintBulkAcceptMutation,
  useComplaintBulkAssignMutation,
  type ComplaintBulkAcceptMutation,
} from '../generated/graphql';
import { en } from '../i18n/en';

type Outcome = ComplaintBulkAcceptMutation['bulkAcceptComplaints'][number];

const field = (name: string) => `app.workflow.fields.${name}`;
const knownReasons = en.app.errors as Record<string, string>;

/** Each case succeeds or fails on its own: how many did, and why the others did not. */
function useSummary() {
  const translate = useTranslate();
  return (outcomes: Outcome[]) => {
    const failed = outcomes.filter((o) => !o.ok);
    const reasons = [
      ...new Set(failed.map((o) => (o.code && o.code in knownReasons ? translate(`app.errors.${o.code}`) : (o.message ?? o.code ?? '')))),
    ].filter(Boolean);
    return {
      type: failed.length ? ('warning' as const) : ('success' as const),
      messageArgs: {
        ok: outcomes.length - failed.length,
        failed: failed.length,
        reasons: reasons.length ? `（${reasons.join('；')}）` : '',
      },
    };
  };
}

/** 批量受理 of the selected reports. */
const BulkAcceptButton = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const [bulkAccept] = useComplaintBulkAcceptMutation();
  const summary = useSummary();
  return (
    <WorkflowButton
      action="bulk_accept"
      icon={<DoneAllIcon />}
      run={async () => {
        const { data } = await bulkAccept({ variables: { ids: selectedIds.map(String) } });
        onUnselectItems();
        return data?.bulkAcceptComplaints ?? [];
      }}
      done={(result) => summary(result as Outcome[])}
    />
  );
};

/** 批量交办 of the selected (accepted) reports to the same lead and co-handling units. */
const BulkAssignButton = () => {
  const { selectedIds, onUnselectItems } = useListContext();
  const [bulkAssign] = useComplaintBulkAssignMutation();
  const summary = useSummary();
  return (
    <WorkflowButton
      action="bulk_assign"
      icon={<AssignmentIndIcon />}
      defaultValues={{ leadUnitId: null, coUnitIds: [] }}
      run={async (v) => {
        const { data } = await bulkAssign({
          variables: {
            ids: selectedIds.map(String),
            input: { leadUnitId: String(v.leadUnitId), coUnitIds: (v.coUnitIds as string[] | undefined) ?? [] },
          },
        });
        onUnselectItems();
        return data?.bulkAssignComplaints ?? [];
      }}
      done={(result) => summary(result as Outcome[])}
    >
      <UnitInputs />
    </WorkflowButton>
  );
};

/** 主办单位 and 会办单位, shared by 交办 and 批量交办. */
export const UnitInputs = () => (
  <>
    <ReferenceInput source="leadUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput label={field('lead_unit')} optionText="name" validate={required()} />
    </ReferenceInput>
    <ReferenceArrayInput source="coUnitIds" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteArrayInput label={field('co_units')} optionText="name" />
    </ReferenceArrayInput>
  </>
);

/** The list's bulk actions, for 纪检监察室 and admins. */
export const ComplaintBulkActions = () => (
  <>
    <CanRun resource="complaints" command="bulkAccept">
      <BulkAcceptButton />
    </CanRun>
    <CanRun resource="complaints" command="bulkAssign">
      <BulkAssignButton />
    </CanRun>
  </>
);
