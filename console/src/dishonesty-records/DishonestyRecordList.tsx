import { ConsoleList, ConsoleListActions } from '../common/ConsoleList';
import { DataTable, FunctionField, NullableBooleanInput, SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import DisputedIcon from '@mui/icons-material/ReportProblemOutlined';
import { RunDeadlinesButton } from '../common/RunDeadlinesButton';
import { useCreditRunDeadlinesMutation } from '../generated/graphql';
import {
  recordCategoryChoices,
  recordSourceChoices,
  recordStatusChoices,
  severityChoices,
  subjectTypeChoices,
} from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={recordStatusChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={recordCategoryChoices} alwaysOn />,
  <SelectInput key="severity" source="severity" choices={severityChoices} alwaysOn />,
  <NullableBooleanInput key="disputed" source="disputed" alwaysOn />,
  <NullableBooleanInput key="repaired" source="repaired" />,
  <SelectInput key="subjectType" source="subjectType" choices={subjectTypeChoices} />,
  <SelectInput key="sourceType" source="sourceType" choices={recordSourceChoices} />,
];

/** 立即执行期限检查: broken commitments and overdue rectifications now, with what the run did. */
const DishonestyRecordListActions = () => {
  const [run] = useCreditRunDeadlinesMutation();
  return (
    <ConsoleListActions>
      <RunDeadlinesButton
        resource="dishonesty-records"
        action="credit_run_deadlines"
        run={async () => {
          const { data } = await run();
          const report = data?.runCreditDeadlines;
          return { broken: report?.brokenCommitments ?? 0, overdue: report?.overdueRectifications ?? 0 };
        }}
      />
    </ConsoleListActions>
  );
};

export const DishonestyRecordList = () => {
  const translate = useTranslate();
  return (
  <ConsoleList filters={filters} actions={<DishonestyRecordListActions />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="subjectName" />
      <DataTable.Col source="category">
        <SelectField source="category" choices={recordCategoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="severity">
        <StatusChipField source="severity" enumName="Severity" />
      </DataTable.Col>
      <DataTable.Col source="scopeUnit.name" label="resources.dishonesty-records.fields.scopeUnit" disableSort>
        <TextField source="scopeUnit.name" />
      </DataTable.Col>
      <DataTable.Col source="documentNumber" disableSort />
      <DataTable.Col source="decisionDate">
        <LocaleDateField source="decisionDate" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="RecordStatus" />
      </DataTable.Col>
      <DataTable.Col source="disputed" disableSort>
        {/* Only records under objection are marked. Not BooleanField with FalseIcon={null}: its tooltip
            would wrap an empty fragment, which React 19 hands the tooltip as its anchor, and the list crashed. */}
        <FunctionField source="disputed" render={(r) => (r.disputed ? <DisputedIcon color="warning" fontSize="small" titleAccess={translate('resources.dishonesty-records.fields.disputed')} /> : null)} />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
  );
};
