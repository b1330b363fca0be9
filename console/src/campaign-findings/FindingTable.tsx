import { DataTable, TextField } from 'react-admin';
import { DeadlineField, statusIn } from '../common/DeadlineField';
import { StatusChipField } from '../common/StatusChipField';

const col = (name: string) => `resources.campaign-findings.fields.${name}`;

/** A finding's clock runs until the unit reports it rectified. */
export const findingClockRuns = statusIn('OPEN', 'OVERDUE');

/** Findings as a table: of a campaign (its show page), or across campaigns (the findings list). */
export const FindingTable = ({ hide }: { hide?: 'campaign' }) => (
  <DataTable resource="campaign-findings" rowClick="show">
    {hide === 'campaign' ? null : (
      <DataTable.Col source="campaign.title" label={col('campaignId')} disableSort>
        <TextField source="campaign.title" />
      </DataTable.Col>
    )}
    <DataTable.Col source="responsibleUnit.name" label={col('responsibleUnitId')} disableSort>
      <TextField source="responsibleUnit.name" />
    </DataTable.Col>
    <DataTable.Col source="problem" label={col('problem')} disableSort />
    <DataTable.Col source="severity" label={col('severity')}>
      <StatusChipField source="severity" enumName="Severity" />
    </DataTable.Col>
    <DataTable.Col source="deadline" label={col('deadline')}>
      <DeadlineField source="deadline" running={findingClockRuns} />
    </DataTable.Col>
    <DataTable.Col source="status" label={col('status')}>
      <StatusChipField source="status" enumName="FindingStatus" />
    </DataTable.Col>
  </DataTable>
);
