import { ConsoleList } from '../common/ConsoleList';
import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput } from 'react-admin';
import { attendanceStatusChoices } from '../common/enums';
import { AttendanceTable } from './AttendanceTable';

const filters = [
  <NumberInput key="year" source="year" alwaysOn />,
  <SelectInput key="status" source="status" choices={attendanceStatusChoices} alwaysOn />,
  <ReferenceInput key="sessionId" source="sessionId" reference="training-sessions" alwaysOn>
    <AutocompleteInput optionText="topic" />
  </ReferenceInput>,
  <ReferenceInput key="unitId" source="unitId" reference="units" sort={{ field: 'sortOrder', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="personId" source="personId" reference="people">
    <AutocompleteInput />
  </ReferenceInput>,
];

// The server keeps its own order (newest session first); the list has no sort of its own.
export const TrainingAttendanceList = () => (
  <ConsoleList filters={filters} perPage={25} sort={{ field: '', order: 'ASC' }}>
    <AttendanceTable />
  </ConsoleList>
);
