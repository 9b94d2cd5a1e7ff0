"""The differential reference for changed names (issue 17 item 1), on CPython's own `ast`.

Reads JSON on stdin: [{"path": ..., "lines": [n, ...]}, ...], one changed line per case, and prints a
JSON list of results, one per case: {"all": true} or {"all": false, "names": [...]}. A top-level
statement spans lineno (its first decorator's for a definition) to end_lineno; it binds the name of a
def or class, or the plain names an assignment targets; any other statement is module-level code. The
changed names are those of statements spanning a changed line, closed over ast.Name references; module
level code that is changed, or that references a changed name, changes everything.
"""
import ast
import json
import sys


def bound(stmt):
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [stmt.name]
    names = []
    if isinstance(stmt, ast.Assign):
        targets = stmt.targets
    elif isinstance(stmt, (ast.AugAssign, ast.AnnAssign)):
        targets = [stmt.target]
    else:
        return None
    for target in targets:
        parts = target.elts if isinstance(target, ast.Tuple) else [target]
        if not parts or not all(isinstance(p, ast.Name) for p in parts):
            return None
        names += [p.id for p in parts]
    return names


def refs(stmt):
    found = set()
    for node in ast.walk(stmt):
        if isinstance(node, ast.Name):
            found.add(node.id)
    return found


def changed(tree, lines):
    top = []
    for stmt in tree.body:
        start = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
        top.append((start, stmt.end_lineno, bound(stmt), refs(stmt)))
    names = set()
    for line in lines:
        for start, end, bind, _ in top:
            if start <= line <= end:
                if bind is None:
                    return {"all": True}
                names.update(bind)
    grew = True
    while grew:
        grew = False
        for _, _, bind, used in top:
            if bind is not None and all(n in names for n in bind):
                continue
            if not any(r in names and (bind is None or r not in bind) for r in used):
                continue
            if bind is None:
                return {"all": True}
            names.update(bind)
            grew = True
    return {"all": False, "names": sorted(names)}


def main():
    cases = json.load(sys.stdin)
    trees = {}
    out = []
    for case in cases:
        path = case["path"]
        if path not in trees:
            with open(path, "rb") as handle:
                trees[path] = ast.parse(handle.read(), path)
        out.append(changed(trees[path], case["lines"]))
    print(json.dumps(out))


main()
