import { ConsoleList } from '../common/ConsoleList';
import { DataTable, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { pppStageChoices } from '../common/enums';
import { MoneyField } from '../common/MoneyField';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="stage" source="stage" choices={pppStageChoices} alwaysOn />];

export const PppProjectList = () => (
  <ConsoleList filters={filters} perPage={25}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="code" disableSort />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="stage" disableSort>
        <SelectField source="stage" choices={pppStageChoices} />
      </DataTable.Col>
      <DataTable.Col source="implementingUnit.name" label="resources.ppp-projects.fields.implementingUnitId" disableSort>
        <TextField source="implementingUnit.name" />
      </DataTable.Col>
      <DataTable.Col source="partner.name" label="resources.ppp-projects.fields.partner" disableSort>
        <TextField source="partner.name" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="totalInvestment" disableSort>
        <MoneyField source="totalInvestment" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
