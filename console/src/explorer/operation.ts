import { Kind, parse } from 'graphql';

/**
 * The operation name to send with `query`. GraphiQL notices edits 100 ms after
 * they happen, so a run started sooner (Ctrl+Enter right after pasting) would
 * carry the name of the operation the text replaced. A name the text does not
 * hold is dropped when the text has a single operation, so the server runs
 * that one; with several, the name is kept and the server says which is unknown.
 */
export function operationNameFor(query: string, operationName: string | null | undefined): string | undefined {
  if (!operationName) return undefined;
  let names: (string | undefined)[];
  try {
    names = parse(query, { noLocation: true }).definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : [],
    );
  } catch {
    return operationName; // The server reports the syntax error.
  }
  if (names.includes(operationName)) return operationName;
  return names.length === 1 ? undefined : operationName;
}
