import ts from 'typescript'
import type { JsFacts, JsImport, JsImportForm, JsImportKind } from '../../src/languages/javascript/facts.js'

/**
 * The reference for extraction: §5 Imports computed on TypeScript's own parser (`ts.createSourceFile`),
 * written from the contract alone and sharing nothing with the extractor but the facts' shape.
 */

const MOCKS: Readonly<Record<string, ReadonlySet<string>>> = {
  jest: new Set([
    'mock',
    'doMock',
    'unmock',
    'dontMock',
    'deepUnmock',
    'setMock',
    'requireActual',
    'requireMock',
    'createMockFromModule',
    'genMockFromModule',
  ]),
  vi: new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']),
}

export function scriptKindOf(path: string): ts.ScriptKind {
  if (/\.[cm]?ts$/.test(path)) return ts.ScriptKind.TS
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX
  return ts.ScriptKind.JS
}

/** What TypeScript's parser sees: every import of §5 and, where it reports one, the line of its first syntax error. */
export function tsImports(path: string, text: string): JsFacts {
  const file = ts.createSourceFile(
    path,
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    true,
    scriptKindOf(path),
  )
  const imports: JsImport[] = []
  const dynamic: { line: number; specifier: string }[] = []
  const lineOf = (pos: number) => file.getLineAndCharacterOfPosition(pos).line + 1
  const add = (literal: ts.Node, kind: JsImportKind, form: JsImportForm, resolutionMode?: 'import' | 'require') => {
    if (!ts.isStringLiteral(literal) && !ts.isNoSubstitutionTemplateLiteral(literal)) return
    const entry = { line: lineOf(literal.getStart(file)), specifier: literal.text, kind, form }
    imports.push(resolutionMode ? { ...entry, resolutionMode } : entry)
  }
  for (const reference of file.referencedFiles) {
    imports.push({ line: lineOf(reference.pos), specifier: reference.fileName, kind: 'type', form: 'reference' })
  }

  const visit = (node: ts.Node, lazy: boolean): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause
      const allTyped =
        !!clause &&
        !clause.name &&
        !!clause.namedBindings &&
        ts.isNamedImports(clause.namedBindings) &&
        clause.namedBindings.elements.length > 0 &&
        clause.namedBindings.elements.every((e) => e.isTypeOnly)
      const typeOnly = clause?.phaseModifier === ts.SyntaxKind.TypeKeyword
      add(node.moduleSpecifier, typeOnly || allTyped ? 'type' : 'import', 'import', typeOnly ? override(node.attributes) : undefined)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const exported = node.exportClause
      const allTyped =
        !!exported && ts.isNamedExports(exported) && exported.elements.length > 0 && exported.elements.every((e) => e.isTypeOnly)
      add(
        node.moduleSpecifier,
        node.isTypeOnly || allTyped ? 'type' : 'import',
        'export',
        node.isTypeOnly ? override(node.attributes) : undefined,
      )
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly ? 'type' : 'import', 'import-equals')
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, 'type', 'import-type', override(node.attributes))
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments
      const literal = first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && first) {
        if (literal) add(first, 'lazy', 'import-call')
        else dynamic.push({ line: lineOf(first.getStart(file)), specifier: first.getText(file) })
      } else if (ts.isIdentifier(node.expression) && node.expression.text === 'require' && node.arguments.length === 1) {
        if (literal) add(first, lazy ? 'lazy' : 'import', 'require')
        else dynamic.push({ line: lineOf(first!.getStart(file)), specifier: first!.getText(file) })
      } else if (first && literal) {
        const root = mockRoot(node)
        if (root) add(first, lazy ? 'lazy' : 'import', root)
      }
    }
    const inFunction = isFunctionBody(node)
    ts.forEachChild(node, (child) => {
      visit(
        child,
        lazy || (inFunction && child !== (node as ts.FunctionLikeDeclaration).name && !ts.isDecorator(child) && !ts.isModifier(child)),
      )
    })
  }
  visit(file, false)

  const diagnostics = (file as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics
  if (!diagnostics.length) return { imports, dynamic }
  const errorLine = Math.min(...diagnostics.map((d) => lineOf(d.start!)))
  return {
    imports: imports.filter((i) => i.line < errorLine),
    dynamic: dynamic.filter((d) => d.line < errorLine),
    syntaxErrorLine: errorLine,
  }
}

function isFunctionBody(node: ts.Node): boolean {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  )
}

function mockRoot(call: ts.CallExpression): 'jest' | 'vi' | undefined {
  const callee = call.expression
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.name)) return undefined
  const object = callee.expression
  const root = ts.isIdentifier(object) ? object.text : ts.isCallExpression(object) ? mockRoot(object) : undefined
  return (root === 'jest' || root === 'vi') && MOCKS[root]!.has(callee.name.text) ? root : undefined
}

/** TypeScript's `getResolutionModeOverride`, without its diagnostics. */
function override(attributes: ts.ImportAttributes | undefined): 'import' | 'require' | undefined {
  if (attributes?.elements.length !== 1) return undefined
  const { name, value } = attributes.elements[0]!
  if (!ts.isStringLiteralLike(name) || name.text !== 'resolution-mode' || !ts.isStringLiteralLike(value)) return undefined
  return value.text === 'import' || value.text === 'require' ? value.text : undefined
}
