import { ConsoleList, ExportButtons } from '../common/ConsoleList';
import { CreateButton, DataTable, NumberField, SearchInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { campaignStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { RunDeadlinesButton } from '../common/RunDeadlinesButton';
import { StatusChipField } from '../common/StatusChipField';
import { useCampaignRunDeadlinesMutation } from '../generated/graphql';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={campaignStatusChoices} alwaysOn />];

const CampaignListActions = () => {
  const [run] = useCampaignRunDeadlinesMutation();
  return (
    <TopToolbar>
      <RunDeadlinesButton
        resource="campaigns"
        action="campaign_run_deadlines"
        run={async () => {
          const { data } = await run();
          return data?.runCampaignDeadlines.overdueFindings ?? 0;
        }}
      />
      <CreateButton />
      <ExportButtons />
    </TopToolbar>
  );
};

export const CampaignList = () => (
  <ConsoleList filters={filters} actions={<CampaignListActions />} sort={{ field: 'startsOn', order: 'DESC' }} perPage={25}>
    <DataTable>
      <DataTable.Col source="title" />
      <DataTable.Col source="documentNumber" disableSort>
        <TextField source="documentNumber" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="responsibleSection.name" label="resources.campaigns.fields.responsibleSectionId" disableSort>
        <TextField source="responsibleSection.name" />
      </DataTable.Col>
      <DataTable.Col source="startsOn">
        <LocaleDateField source="startsOn" />
      </DataTable.Col>
      <DataTable.Col source="endsOn" disableSort>
        <LocaleDateField source="endsOn" />
      </DataTable.Col>
      <DataTable.Col source="rectificationWorkingDays" disableSort>
        <NumberField source="rectificationWorkingDays" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChipField source="status" enumName="CampaignStatus" />
      </DataTable.Col>
    </DataTable>
  </ConsoleList>
);
