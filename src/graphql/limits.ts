/**
 * What one GraphQL request may ask for: a depth limit (a validation rule: it depends on the
 * document only, so mercurius caches its verdict), and page-size and cost limits (checked
 * before execution: they depend on the variables, which validation does not see).
 * Introspection (`__schema`, `__type`) is not counted: GraphiQL's own query is deep.
 */
import {
  GraphQLError, Kind, getNamedType, getNullableType, getVariableValues, isCompositeType, isListType, isObjectType,
  valueFromAST, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType,
  type GraphQLField, type GraphQLSchema, type SelectionSetNode, type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../repositories/filters';

/** Levels of fields; a connection spends two on `edges { node }`. */
export const MAX_DEPTH = 10;
/** Estimated objects a query may produce. */
export const MAX_COST = 25_000;
/** Items assumed per plain list (an article's entities, an entity's relations): lists without `first` are short. */
export const LIST_SIZE = 10;
const DEFAULT_PAGE_SIZE = 20;

type Fragments = Record<string, FragmentDefinitionNode | undefined>;

/** Every field of a selection set, through fragments; `seen` stops fragment cycles. */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Fragments, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__') ? [] : [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments[name];
    if (!fragment || seen.has(name)) return [];
    return fieldsOf(fragment.selectionSet, fragments, new Set([...seen, name]));
  });
}

function depthOf(selectionSet: SelectionSetNode, fragments: Fragments): number {
  return Math.max(0, ...fieldsOf(selectionSet, fragments).map((field) => 1 + (field.selectionSet ? depthOf(field.selectionSet, fragments) : 0)));
}

export const depthLimit: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const fragments: Fragments = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const depth = depthOf(operation.selectionSet, fragments);
    if (depth > MAX_DEPTH) {
      context.reportError(
        new GraphQLError(`Query depth ${depth} exceeds the limit of ${MAX_DEPTH}: ask for fewer nested levels.`, {
          nodes: [operation],
          extensions: { code: 'QUERY_TOO_DEEP', depth, limit: MAX_DEPTH },
        }),
      );
    }
  },
});

function pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number {
  const definition = field.args.find((arg) => arg.name === 'first')!;
  const given = node.arguments?.find((arg) => arg.name.value === 'first');
  const value = given ? valueFromAST(given.value, definition.type, variables) : definition.defaultValue;
  if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first: must be an integer from 1 to ${MAX_PAGE_SIZE}`, {
      nodes: [node],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  }
  return value;
}

/** Objects a selection produces: connections multiply by their page size, other lists by LIST_SIZE. */
function costOf(selectionSet: SelectionSetNode, type: GraphQLCompositeType, fragments: Fragments, variables: Record<string, unknown>): number {
  if (!isObjectType(type)) return 0; // the schema has no interfaces or unions
  let cost = 0;
  for (const node of fieldsOf(selectionSet, fragments)) {
    const field = type.getFields()[node.name.value];
    if (!field || !node.selectionSet) continue; // scalars are free
    const child = getNamedType(field.type);
    if (!isCompositeType(child)) continue;
    let multiplier = 1;
    if (field.args.some((arg) => arg.name === 'first')) multiplier = pageSizeOf(field, node, variables);
    // A connection's `edges` list is already counted by the connection's page size.
    else if (isListType(getNullableType(field.type)) && !type.name.endsWith('Connection')) multiplier = LIST_SIZE;
    cost += multiplier * (1 + costOf(node.selectionSet, child, fragments, variables));
  }
  return cost;
}

/**
 * Refuses an operation whose page sizes are out of range, or whose estimated cost is over
 * the limit; every operation of the document counts (the hook does not know which will run).
 */
export function checkCost(schema: GraphQLSchema, document: DocumentNode, rawVariables: Record<string, unknown> | undefined): void {
  const fragments: Fragments = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  for (const operation of document.definitions) {
    if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(operation.operation);
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
    if (!root || coerced.errors) continue; // execution reports bad variables
    const cost = costOf(operation.selectionSet, root, fragments, coerced.coerced);
    if (cost > MAX_COST) {
      throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${MAX_COST}: ask for smaller pages (first) or fewer nested lists.`, {
        nodes: [operation],
        extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: MAX_COST },
      });
    }
  }
}
