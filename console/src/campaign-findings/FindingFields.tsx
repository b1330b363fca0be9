import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minValue,
  required,
} from 'react-admin';
import { severityChoices } from '../common/enums';

const label = (name: string) => `resources.campaign-findings.fields.${name}`;

/** A finding's unit, person, problem and deadline: in the registration form and the campaign's 登记问题 dialog. */
export const FindingFields = () => (
  <>
    <ReferenceInput source="responsibleUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput label={label('responsibleUnitId')} optionText="name" validate={required()} />
    </ReferenceInput>
    <FormDataConsumer<{ responsibleUnitId?: string }>>
      {({ formData }) => (
        <ReferenceInput source="responsiblePersonId" reference="people" filter={{ unitId: formData.responsibleUnitId }}>
          <AutocompleteInput label={label('responsiblePersonId')} disabled={!formData.responsibleUnitId} />
        </ReferenceInput>
      )}
    </FormDataConsumer>
    <TextInput source="problem" label={label('problem')} validate={required()} multiline minRows={3} fullWidth />
    <SelectInput source="severity" label={label('severity')} choices={severityChoices} validate={required()} />
    <DateInput source="foundOn" label={label('foundOn')} />
    <NumberInput
      source="workingDays"
      label="app.screens.fields.working_days"
      helperText="app.screens.fields.working_days_help"
      validate={minValue(1)}
    />
  </>
);
