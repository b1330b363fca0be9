import { BooleanField, NumberField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EnumChipsField } from '../common/EnumChipsField';
import { measureEffectChoices, measureKindChoices, severityChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleDateField';
import { RecordTabs } from '../common/RecordTabs';

export const MeasureShow = () => (
  <Show>
    <RecordTabs>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <SelectField source="kind" choices={measureKindChoices} />
        <SelectField source="effect" choices={measureEffectChoices} />
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <BooleanField source="automatic" />
        <EnumChipsField source="subjectTypes" enumName="SubjectType" label="resources.measures.fields.subjectTypes" />
        <EnumChipsField source="categories" enumName="RecordCategory" label="resources.measures.fields.categories" />
        <SelectField source="minSeverity" choices={severityChoices} emptyText="—" />
        <BooleanField source="appliesWhenMitigated" />
        <NumberField source="durationMonths" />
        <BooleanField source="active" />
        <LocaleDateField source="updatedAt" showTime />
      </SimpleShowLayout>
    </RecordTabs>
  </Show>
);
