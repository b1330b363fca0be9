import { ArrayField, BooleanField, DataTable, SelectField, TextField } from 'react-admin';
import { measureKindChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { MeasureApplicationButtons } from '../measure-applications/MeasureApplicationButtons';

const t = (key: string) => `resources.measure-applications.fields.${key}`;

/** The punishments applied because of the record, with the same buttons as the measure-applications list. */
export const RecordMeasures = () => (
  <ArrayField source="measureApplications">
    <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
      <DataTable.Col source="measure.name" label={t('measureId')} disableSort>
        <TextField source="measure.name" />
      </DataTable.Col>
      <DataTable.Col source="measure.kind" label={t('kind')} disableSort>
        <SelectField source="measure.kind" choices={measureKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="automatic" label={t('automatic')} disableSort>
        <BooleanField source="automatic" />
      </DataTable.Col>
      <DataTable.Col source="status" label={t('status')} disableSort>
        <StatusChipField source="status" enumName="MeasureApplicationStatus" />
      </DataTable.Col>
      <DataTable.Col source="effectiveFrom" label={t('effectiveFrom')} disableSort>
        <LocaleDateField source="effectiveFrom" />
      </DataTable.Col>
      <DataTable.Col source="effectiveTo" label={t('effectiveTo')} disableSort>
        <LocaleDateField source="effectiveTo" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <MeasureApplicationButtons />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
