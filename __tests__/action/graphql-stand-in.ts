// GitHub's GraphQL endpoint (POST /graphql) for the one mutation the action sends, minimizeComment,
// served by graphql-js against the slice of GitHub's public schema it touches (names and types as
// GitHub's schema has them): a query is parsed, validated and executed as a GraphQL server does, so
// a misspelt field, a wrong classifier or a missing variable fails as it would on GitHub. GitHub
// answers errors with HTTP 200 and `errors`, each carrying its `type` (FORBIDDEN, NOT_FOUND) beside
// the message; the messages of parse and validation errors are graphql-js's, not graphql-ruby's.
import { buildSchema, graphql, GraphQLError } from 'graphql'

const SCHEMA = buildSchema(`
  interface Node { id: ID! }
  interface Minimizable {
    isMinimized: Boolean!
    minimizedReason: String
    viewerCanMinimize: Boolean!
  }
  enum ReportedContentClassifiers { ABUSE DUPLICATE OFF_TOPIC OUTDATED RESOLVED SPAM }
  input MinimizeCommentInput {
    classifier: ReportedContentClassifiers!
    clientMutationId: String
    subjectId: ID!
  }
  type MinimizeCommentPayload {
    clientMutationId: String
    minimizedComment: Minimizable
  }
  type IssueComment implements Node & Minimizable {
    id: ID!
    databaseId: Int
    body: String!
    isMinimized: Boolean!
    minimizedReason: String
    viewerCanMinimize: Boolean!
  }
  type Query { node(id: ID!): Node }
  type Mutation { minimizeComment(input: MinimizeCommentInput!): MinimizeCommentPayload }
`)

/** What the endpoint reads and changes: the REST stand-in's comments, by GraphQL node id. */
export interface GraphqlState {
  /** The comment with this node_id, or undefined. */
  comment(nodeId: string): { readonly id: number; readonly body?: string } | undefined
  /** Comment id → the classifier it was minimised with. */
  readonly minimized: Map<number, string>
  /** Whether the token may minimise (a read-only token may not). */
  readonly mayMinimize: boolean
}

/** An error as GitHub's resolvers raise it: a `type` beside the message. */
function typed(type: 'FORBIDDEN' | 'NOT_FOUND', message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } })
}

/** The JSON GitHub answers (always with HTTP 200) for a POST /graphql body. */
export async function answerGraphql(body: unknown, state: GraphqlState): Promise<unknown> {
  const request = (body ?? {}) as { query?: unknown; variables?: unknown }
  if (typeof request.query !== 'string') return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] }
  const variables = request.variables && typeof request.variables === 'object' ? (request.variables as Record<string, unknown>) : {}
  const comment = (nodeId: string) => {
    const found = state.comment(nodeId)
    if (!found) throw typed('NOT_FOUND', `Could not resolve to a node with the global id of '${nodeId}'`)
    const reason = state.minimized.get(found.id)
    return {
      __typename: 'IssueComment',
      id: nodeId,
      databaseId: found.id,
      body: found.body ?? '',
      isMinimized: reason !== undefined,
      minimizedReason: reason?.toLowerCase().replaceAll('_', '-') ?? null,
      viewerCanMinimize: state.mayMinimize,
    }
  }
  const rootValue = {
    node: ({ id }: { id: string }) => comment(id),
    minimizeComment: ({ input }: { input: { subjectId: string; classifier: string; clientMutationId?: string } }) => {
      const subject = comment(input.subjectId)
      if (!state.mayMinimize) throw typed('FORBIDDEN', 'Resource not accessible by integration')
      state.minimized.set(subject.databaseId, input.classifier)
      return { clientMutationId: input.clientMutationId ?? null, minimizedComment: comment(input.subjectId) }
    },
  }
  const result = await graphql({
    schema: SCHEMA,
    source: request.query,
    variableValues: variables,
    rootValue,
    typeResolver: (value: { __typename: string }) => value.__typename,
  })
  if (!result.errors) return { data: result.data }
  const errors = result.errors.map((error) => {
    const { extensions, ...rest } = error.toJSON()
    const { type, ...others } = (extensions ?? {}) as { type?: string }
    return { ...(type && { type }), ...rest, ...(Object.keys(others).length > 0 && { extensions: others }) }
  })
  return result.data === undefined ? { errors } : { data: result.data, errors }
}
