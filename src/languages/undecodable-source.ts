/**
 * Thrown by an adapter's `extract` for bytes that are not text in the encoding the language reads them
 * in: the file is skipped with the message and counted apart, since many of them mean the graph was
 * read from bytes that are not the repository's code (a `working-tree-encoding` attribute, say).
 */
export class UndecodableSource extends Error {}
