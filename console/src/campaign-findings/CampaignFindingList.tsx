import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
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
  <ConsoleList filters={filters} sort={{ field: 'deadline', order: 'ASC' }} perPage={25}>
    <FindingTable />
  </ConsoleList>
);
