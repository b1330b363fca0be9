import type { ReactElement } from 'react';
import { CreateButton, FilterButton, List, TopToolbar, useFilterContext, useResourceDefinition, type ListProps } from 'react-admin';
import { ExportButtons } from './ExportButtons';

export { ExportButtons };

/** The list toolbar: filters, create (when the resource has a create screen and the user may), the exports. */
export const ConsoleListActions = ({ children }: { children?: ReactElement | ReactElement[] }) => {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  return (
    <TopToolbar>
      {filters ? <FilterButton /> : null}
      {children}
      {hasCreate ? <CreateButton /> : null}
      <ExportButtons />
    </TopToolbar>
  );
};

/**
 * Every list of the console: react-admin's List with the toolbar above, so a new list
 * exports to CSV and XLSX without more code (the toolbar's ExportButtons do the export).
 */
export const ConsoleList = (props: ListProps) => <List exporter={false} actions={<ConsoleListActions />} {...props} />;
