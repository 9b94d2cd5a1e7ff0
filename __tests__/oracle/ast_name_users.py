"""The differential reference for who uses changed names (issue 17 item 2), on CPython's own `ast`.

Reads JSON on stdin: {"root": dir, "edges": [[from, to, [kinds]], ...], "cases": [{"file": path, "names": [...]}, ...]}
and prints a JSON list, one object per case: {path: {"names": [...] or "all", "reexports": bool}} for each
user. Files are named by their paths from the root (`a/b.py` is `a.b`, `a/__init__.py` is `a`); the
edges (which file imports which, from the graph) say only who to look at, every name rule is read here
from the tree:

- a binding is what an import statement binds: `import a.b` binds `a` (the package a), `import a.b as x`
  binds `x` (a.b), `from m import n as l` binds `l` (m.n); how a binding is used is every ast.Name of it
  with the attribute chain above it (`a.b.c` off `a`), and it is bare where no attribute follows, or where
  the name is bound or named some other way (an argument, a keyword, a def, a class, an except, global);
- an importer of the module uses a changed name it imports (`from m import name`; only passing it on when
  the binding is not used), one it reads off a binding of the module or a package above it, one `*`
  lets through (`__all__` when it is a literal list or tuple, else the names without a leading
  underscore); it may use any name when a binding that loads the module is not used at all, is bare, or
  is read only down to the module or above it; an edge no statement explains, or a string or conftest edge, is any name too;
- a module's `__getattr__` answers every name it lacks: a change to it is any name to every importer;
- a file passing names on is judged again as a module with those names; a package's modules (package
  edges only) lead to their importers, judged against the package.
"""
import ast
import json
import sys


def module_name(path):
    parts = path[: -len(".py")].split("/")
    return parts[:-1] if parts[-1] == "__init__" else parts


def is_package(path):
    return path.endswith("/__init__.py") or path == "__init__.py"


def parse(root, path, cache={}):
    if path not in cache:
        try:
            with open(f"{root}/{path}", encoding="utf-8") as f:
                cache[path] = ast.parse(f.read())
        except (SyntaxError, ValueError, OSError):
            cache[path] = None
    return cache[path]


def bindings_used(tree):
    """For every name in the module: (attribute paths read off it, whether it stands bare)."""
    parents = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[child] = node
    used = {}

    def note(name, path):
        entry = used.setdefault(name, [set(), False])
        if path:
            entry[0].add(path)
        else:
            entry[1] = True

    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            chain, up = [], node
            while isinstance(parents.get(up), ast.Attribute) and parents[up].value is up:
                up = parents[up]
                chain.append(up.attr)
            note(node.id, ".".join(chain))
        elif isinstance(node, ast.arg):
            note(node.arg, "")
        elif isinstance(node, ast.keyword) and node.arg:
            note(node.arg, "")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            note(node.name, "")
        elif isinstance(node, ast.ExceptHandler) and node.name:
            note(node.name, "")
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            for name in node.names:
                note(name, "")
    return used


def literal_all(tree):
    """The module's __all__: a list of names, None where it is not a literal, False where there is none."""
    names, found = [], False
    for node in ast.walk(tree):
        targets, value, op = [], None, None
        if isinstance(node, ast.Assign):
            targets, value, op = node.targets, node.value, "="
        elif isinstance(node, ast.AugAssign):
            targets, value, op = [node.target], node.value, "+=" if isinstance(node.op, ast.Add) else "?"
        elif isinstance(node, ast.AnnAssign):
            targets, value, op = [node.target], node.value, "="
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets):
            found = True
            if op not in ("=", "+=") or not isinstance(value, (ast.List, ast.Tuple)):
                return None
            if not all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts):
                return None
            names += [e.value for e in value.elts]
        elif isinstance(node, ast.Name) and node.id == "__all__" and isinstance(node.ctx, ast.Load):
            return None
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "__all__":
            return None
    return names if found else False


def imports(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node


def absolute(importer, node):
    if node.level == 0:
        return node.module.split(".") if node.module else []
    pkg = module_name(importer) if is_package(importer) else module_name(importer)[:-1]
    if node.level - 1 > len(pkg):
        return None
    base = pkg[: len(pkg) - (node.level - 1)]
    return base + (node.module.split(".") if node.module else [])


def through(target, stands, use, names, loads):
    """What a binding standing for `stands` uses of `target`: (set of names, or 'all', or None for none)."""
    if use is None:
        return "all" if loads else set()
    paths, bare = use
    if bare:
        return "all"
    rest = target[len(stands):]
    found = set()
    for attribute in paths:
        path = attribute.split(".")
        if len(path) > len(rest) and path[: len(rest)] == rest:
            if path[len(rest)] in names:
                found.add(path[len(rest)])
        elif rest[: len(path)] == path:
            return "all"
    return found


def use_of(root, importer, kinds, module, names, direct):
    """(set of used names, passed-on locals) or 'all' or None for an importer of `module`."""
    if direct and ("string" in kinds or "conftest" in kinds):
        return "all"
    if not any(k in ("import", "lazy", "type") for k in kinds):
        return None
    tree = parse(root, importer)
    if tree is None:
        return "all"
    used_names = bindings_used(tree)
    module_tree = parse(root, module)
    exports = literal_all(module_tree) if module_tree is not None else None
    target = module_name(module)
    used, passed, matched = set(), {}, False
    for node in imports(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "__future__":
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                stands = parts if alias.asname else parts[:1]
                local = alias.asname or parts[0]
                loads = parts[: len(target)] == target
                if not (loads or target[: len(parts)] == parts) or target[: len(stands)] != stands:
                    continue
                matched = True
                got = through(target, stands, used_names.get(local), names, loads)
                if got == "all":
                    return "all"
                used |= got
            continue
        base = absolute(importer, node)
        if base is None:
            continue
        for alias in node.names:
            local = alias.asname or alias.name
            if base == target:
                matched = True
                if alias.name == "*":
                    if exports is None:
                        used |= set(names)
                    elif exports is False:
                        used |= {n for n in names if not n.startswith("_")}
                    else:
                        used |= {n for n in names if n in exports}
                elif alias.name in names:
                    used.add(alias.name)
                    if local not in used_names:
                        passed[local] = alias.name
                continue
            bound = base + [alias.name]
            if alias.name == "*" or target[: len(bound)] != bound:
                continue
            matched = True
            got = through(target, bound, used_names.get(local), names, True)
            if got == "all":
                return "all"
            used |= got
    if not matched:
        return "all" if direct else None
    if "__getattr__" in names:
        return "all"
    return (used, passed) if used else None


def users_of(root, importers, changed, names):
    users = {}
    judged = {}
    queue = [(changed, changed, set(names), True)]
    while queue:
        at, module, wanted, direct = queue.pop(0)
        seen = judged.setdefault((at, module), set())
        fresh = wanted - seen
        if not fresh:
            continue
        seen |= fresh
        for importer, kinds in importers.get(at, []):
            if importer == changed:
                continue
            if all(k == "package" for k in kinds):
                queue.append((importer, module, fresh, False))
                continue
            got = use_of(root, importer, kinds, module, fresh, direct)
            if got is None:
                continue
            user = users.setdefault(importer, {"names": set(), "reexports": True})
            if got == "all":
                user["names"], user["reexports"] = "all", False
                continue
            used, passed = got
            if user["names"] != "all":
                user["names"] |= used
            if len(passed) < len(used):
                user["reexports"] = False
            if passed:
                queue.append((importer, importer, set(passed), True))
    return {
        path: {"names": u["names"] if u["names"] == "all" else sorted(u["names"]), "reexports": u["reexports"]}
        for path, u in users.items()
    }


def main():
    request = json.load(sys.stdin)
    importers = {}
    for source, target, kinds in request["edges"]:
        importers.setdefault(target, []).append((source, kinds))
    print(json.dumps([users_of(request["root"], importers, c["file"], c["names"]) for c in request["cases"]]))


main()
