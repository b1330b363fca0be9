import { AutocompleteInput, List, ReferenceInput, SelectInput } from 'react-admin';
import { csvExporter } from '../common/csv-export';
import { findingStatusChoices, severityChoices } from '../common/enums';
import { FindingTable } from './FindingTable';

const filters = [
  <ReferenceInput key="campaignId" source="campaignId" reference="campaigns" alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={findingStatusChoices} alwaysOn />,
  <SelectInput key="severity" source="severity" choices={severityChoices} />,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

export const CampaignFindingList = () => (
  <List exporter={csvExporter} filters={filters} sort={{ field: 'deadline', order: 'ASC' }} perPage={25}>
    <FindingTable />
  </List>
);
