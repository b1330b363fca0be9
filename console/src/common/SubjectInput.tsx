import { AutocompleteInput, FormDataConsumer, RadioButtonGroupInput, ReferenceInput, required } from 'react-admin';
import { subjectTypeChoices } from './enums';

/**
 * The subject of a commitment, record or measure: 单位 or 个人 first, then the
 * unit or the member of staff. A unit reporter is offered only its own unit's.
 */
export const SubjectInput = () => (
  <>
    <RadioButtonGroupInput source="subjectType" choices={subjectTypeChoices} defaultValue="UNIT" validate={required()} />
    <FormDataConsumer<{ subjectType?: string }>>
      {({ formData }) =>
        formData.subjectType === 'PERSON' ? (
          <ReferenceInput source="subjectPersonId" reference="people">
            <AutocompleteInput label="app.subject.person" validate={required()} sx={{ minWidth: 320 }} />
          </ReferenceInput>
        ) : (
          <ReferenceInput source="subjectUnitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
            <AutocompleteInput label="app.subject.unit" optionText="name" validate={required()} sx={{ minWidth: 320 }} />
          </ReferenceInput>
        )
      }
    </FormDataConsumer>
  </>
);
