import {
  ArrayField,
  BooleanField,
  DataTable,
  Labeled,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { partyRoleChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { StatusChipField } from '../common/StatusChipField';
import { AppearanceButton, LawsuitActions } from './LawsuitActions';
import { RecordTabs } from '../common/RecordTabs';

const t = (key: string) => `resources.lawsuits.${key}`;
const j = (key: string) => `resources.judgments.fields.${key}`;

export const LawsuitShow = () => (
  <Show actions={<LawsuitActions />}>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="caseNumber" />
        <Labeled source="status">
          <StatusChipField source="status" enumName="LawsuitStatus" />
        </Labeled>
        <TextField source="court" />
        <TextField source="cause" />
        <ReferenceField source="unitId" reference="units" link="show" />
        <SelectField source="partyRole" choices={partyRoleChoices} />
        <TextField source="opposingParty" emptyText="—" />
        <LocaleDateField source="filedOn" />
        <TextField source="outcome" emptyText="—" />
        <LocaleDateField source="closedOn" emptyText="—" />
        <Labeled label={t('appearances')} fullWidth>
          <ArrayField source="appearances">
            <DataTable bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
              <DataTable.Col source="hearingOn" label={t('appearance.hearingOn')} disableSort>
                <LocaleDateField source="hearingOn" />
              </DataTable.Col>
              <DataTable.Col source="headRequired" label={t('appearance.headRequired')} disableSort>
                <BooleanField source="headRequired" />
              </DataTable.Col>
              <DataTable.Col source="outcome" label={t('appearance.outcome')} disableSort>
                <StatusChipField source="outcome" enumName="AppearanceOutcome" />
              </DataTable.Col>
              <DataTable.Col source="appearedName" label={t('appearance.appearedName')} disableSort>
                <TextField source="appearedName" emptyText="—" />
              </DataTable.Col>
              <DataTable.Col source="appearedPosition" label={t('appearance.appearedPosition')} disableSort>
                <TextField source="appearedPosition" emptyText="—" />
              </DataTable.Col>
              <DataTable.Col source="absenceReason" label={t('appearance.absenceReason')} disableSort>
                <TextField source="absenceReason" emptyText="—" />
              </DataTable.Col>
              <DataTable.Col label={t('appearance.actions')} disableSort>
                <AppearanceButton />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </Labeled>
        <Labeled label={t('judgments')} fullWidth>
          <ArrayField source="judgments">
            <DataTable bulkActionButtons={false} resource="judgments" rowClick="show" empty={<span>—</span>}>
              <DataTable.Col source="documentNumber" label={j('documentNumber')} disableSort>
                <TextField source="documentNumber" emptyText="—" />
              </DataTable.Col>
              <DataTable.Col source="obligation" label={j('obligation')} disableSort />
              <DataTable.Col source="effectiveOn" label={j('effectiveOn')} disableSort>
                <LocaleDateField source="effectiveOn" />
              </DataTable.Col>
              <DataTable.Col source="fulfilBy" label={j('fulfilBy')} disableSort>
                <LocaleDateField source="fulfilBy" />
              </DataTable.Col>
              <DataTable.Col source="status" label={j('status')} disableSort>
                <StatusChipField source="status" enumName="JudgmentStatus" />
              </DataTable.Col>
            </DataTable>
          </ArrayField>
        </Labeled>
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
