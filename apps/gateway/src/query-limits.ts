import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

export interface QueryLimits {
  /** Deepest nesting of fields allowed (fragments expanded). */
  maxDepth: number;
  /** Most fields one operation may select in total (fragments expanded). */
  maxFields: number;
}

interface Cost {
  depth: number;
  fields: number;
}

/**
 * Depth and size of an operation, counted over its selection sets with fragments expanded.
 * Introspection fields count like any other, so a deep introspection query is limited too.
 */
export function measureOperation(document: DocumentNode, operationName?: string | null): Cost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((op) => op.name?.value === operationName) : operations[0];
  if (!operation) return { depth: 0, fields: 0 };

  const visit = (selectionSet: SelectionSetNode, depth: number, seen: Set<string>): Cost => {
    let cost: Cost = { depth, fields: 0 };
    for (const selection of selectionSet.selections) {
      let inner: Cost | null = null;
      if (selection.kind === Kind.FIELD) {
        inner = selection.selectionSet ? visit(selection.selectionSet, depth + 1, seen) : { depth: depth + 1, fields: 0 };
        inner = { depth: inner.depth, fields: inner.fields + 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = visit(selection.selectionSet, depth, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        // A fragment that spreads itself is invalid GraphQL; stop rather than loop.
        if (fragment && !seen.has(fragment.name.value)) {
          inner = visit(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]));
        }
      }
      if (inner) cost = { depth: Math.max(cost.depth, inner.depth), fields: cost.fields + inner.fields };
    }
    return cost;
  };
  return visit(operation.selectionSet, 0, new Set());
}

/** Refuses an operation over the limits before any subgraph is called. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName }) {
          const cost = measureOperation(document, operationName);
          if (cost.depth > limits.maxDepth || cost.fields > limits.maxFields) {
            throw new GraphQLError(
              `De query is te groot: diepte ${cost.depth} (max ${limits.maxDepth}), velden ${cost.fields} (max ${limits.maxFields}).`,
              { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
