"""The differential oracle: import statements as CPython's own `ast` sees them.

Reads file paths on stdin (one per line) and prints one JSON object per line:
{"path": ..., "ok": bool, "imports": [[line, context, level, module, names|null], ...]}
`ok` is false where CPython refuses the file (a syntax error); such files are not compared.
Contexts follow CONTRACTS.md section 4: import, lazy (in a function body), type (in the body of
`if TYPE_CHECKING:` or `if <name>.TYPE_CHECKING:`; type wins over lazy).
"""
import ast
import json
import sys
import warnings


def is_type_checking(test):
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
            and isinstance(test.value, ast.Name))


def walk(node, lazy, typed, out):
    for field, value in ast.iter_fields(node):
        children = value if isinstance(value, list) else [value]
        for child in children:
            if not isinstance(child, ast.AST):
                continue
            child_lazy = lazy or (isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and field == "body")
            child_typed = typed or (isinstance(node, ast.If) and field == "body" and is_type_checking(node.test))
            context = "type" if child_typed else "lazy" if child_lazy else "import"
            if isinstance(child, ast.Import):
                for alias in child.names:
                    out.append([child.lineno, context, 0, alias.name, None])
            elif isinstance(child, ast.ImportFrom):
                out.append([child.lineno, context, child.level, child.module or "",
                            [alias.name for alias in child.names]])
            walk(child, child_lazy, child_typed, out)


def main():
    warnings.simplefilter("ignore")
    for path in sys.stdin.read().splitlines():
        with open(path, "rb") as handle:
            source = handle.read()
        try:
            tree = ast.parse(source, path)
        except (SyntaxError, ValueError):
            print(json.dumps({"path": path, "ok": False, "imports": []}))
            continue
        out = []
        walk(tree, False, False, out)
        out.sort(key=lambda row: (row[0], json.dumps(row)))
        print(json.dumps({"path": path, "ok": True, "imports": out}))


main()
