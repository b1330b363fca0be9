import { ConsoleList } from '../common/ConsoleList';
import { BooleanField, DataTable, NullableBooleanInput, SearchInput, SelectField, SelectInput } from 'react-admin';
import { complaintCategoryChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="category" source="category" choices={complaintCategoryChoices} alwaysOn />,
  <NullableBooleanInput key="active" source="active" alwaysOn />,
];

export const ReplyTemplateList = () => (
  <ConsoleList filters={filters} sort={{ field: 'category', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="category">
        <SelectField source="category" choices={complaintCategoryChoices} />
      </DataTable.Col>
      <DataTable.Col source="title" />
      <DataTable.Col source="body" disableSort />
      <DataTable.Col source="active" disableSort>
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <LocaleDateField source="updatedAt" showTime />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
