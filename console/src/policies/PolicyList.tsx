import { ConsoleList, ExportButtons } from '../common/ConsoleList';
import { CreateButton, DataTable, SearchInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import { policyLevelChoices, policyStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { RunDeadlinesButton } from '../common/RunDeadlinesButton';
import { StatusChipField } from '../common/StatusChipField';
import { usePolicyRunDeadlinesMutation } from '../generated/graphql';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="level" source="level" choices={policyLevelChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={policyStatusChoices} alwaysOn />,
];

const PolicyListActions = () => {
  const [run] = usePolicyRunDeadlinesMutation();
  return (
    <TopToolbar>
      <RunDeadlinesButton
        resource="policies"
        action="policy_run_deadlines"
        run={async () => {
          const { data } = await run();
          return (data?.runPolicyDeadlines.overdueTasks ?? 0) + (data?.runPolicyDeadlines.expiredPolicies ?? 0);
        }}
      />
      <CreateButton />
      <ExportButtons />
    </TopToolbar>
  );
};

export const PolicyList = () => (
  <ConsoleList filters={filters} actions={<PolicyListActions />} sort={{ field: 'issuedOn', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="title" />
      <DataTable.Col source="documentNumber" disableSort />
      <DataTable.Col source="level" disableSort>
        <SelectField source="level" choices={policyLevelChoices} />
      </DataTable.Col>
      <DataTable.Col source="issuedOn">
        <LocaleDateField source="issuedOn" />
      </DataTable.Col>
      <DataTable.Col source="effectiveFrom">
        <LocaleDateField source="effectiveFrom" />
      </DataTable.Col>
      <DataTable.Col source="responsibleSection.name" label="resources.policies.fields.responsibleSectionId" disableSort>
        <TextField source="responsibleSection.name" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="PolicyStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
