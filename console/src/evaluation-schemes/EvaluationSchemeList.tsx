import { DataTable, SelectField, SelectInput } from 'react-admin';
import { ConsoleList } from '../common/ConsoleList';
import { periodKindChoices, schemeStatusChoices, subjectTypeChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';

const filters = [
  <SelectInput key="subjectType" source="subjectType" choices={subjectTypeChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={schemeStatusChoices} alwaysOn />,
];

/** 考核方案: every version of every scheme, newest first (the API's order). */
export const EvaluationSchemeList = () => (
  <ConsoleList filters={filters} perPage={25}>
    <DataTable>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="subjectType" disableSort>
        <SelectField source="subjectType" choices={subjectTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="periodKind" disableSort>
        <SelectField source="periodKind" choices={periodKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="revision" disableSort />
      <DataTable.Col source="status" disableSort>
        <StatusChipField source="status" enumName="SchemeStatus" />
      </DataTable.Col>
      <DataTable.Col source="publishedAt" disableSort>
        <LocaleDateField source="publishedAt" showTime emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
