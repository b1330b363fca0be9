import { ConsoleList, ExportButtons } from '../common/ConsoleList';
import { AutocompleteInput, CreateButton, DataTable, DateInput, ReferenceInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { DeadlineField, statusIn } from '../common/DeadlineField';
import { judgmentStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { RunDeadlinesButton } from '../common/RunDeadlinesButton';
import { useJudgmentRunDeadlinesMutation } from '../generated/graphql';

const filters = [
  <SelectInput key="status" source="status" choices={judgmentStatusChoices} alwaysOn />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="lawsuitId" source="lawsuitId" reference="lawsuits">
    <AutocompleteInput />
  </ReferenceInput>,
  <DateInput key="fulfilByFrom" source="fulfilByFrom" />,
  <DateInput key="fulfilByTo" source="fulfilByTo" />,
];

const JudgmentListActions = () => {
  const [run] = useJudgmentRunDeadlinesMutation();
  return (
    <TopToolbar>
      <RunDeadlinesButton
        resource="judgments"
        action="judgment_run_deadlines"
        run={async () => {
          const { data } = await run();
          return (data?.runJudgmentDeadlines.warnedJudgments ?? 0) + (data?.runJudgmentDeadlines.recordedJudgments ?? 0);
        }}
      />
      <CreateButton />
      <ExportButtons />
    </TopToolbar>
  );
};

export const JudgmentList = () => (
  <ConsoleList filters={filters} actions={<JudgmentListActions />} sort={{ field: 'fulfilBy', order: 'ASC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="documentNumber" disableSort>
        <TextField source="documentNumber" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="lawsuit.caseNumber" label="resources.judgments.fields.lawsuitId" disableSort>
        <TextField source="lawsuit.caseNumber" />
      </DataTable.Col>
      <DataTable.Col source="unit.name" label="resources.judgments.fields.unitId" disableSort>
        <TextField source="unit.name" />
      </DataTable.Col>
      <DataTable.Col source="obligation" disableSort />
      <DataTable.Col source="effectiveOn">
        <LocaleDateField source="effectiveOn" />
      </DataTable.Col>
      <DataTable.Col source="fulfilBy">
        <DeadlineField source="fulfilBy" running={statusIn('PENDING', 'OVERDUE')} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="JudgmentStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
