"""The judge of the departures from pyright: which repository files CPython itself imports.

Run as `python3 -I -S -B cpython_imports.py` (no environment variables, no site-packages, no
bytecode written into the fixture). Reads JSON on stdin:
  {"fixture": DIR, "jobs": [{"file": REL, "path": [ROOT, ...]}]}
where each ROOT is a folder of the fixture (relative to it) or {"install": REL_SETUP_PY}: the
modules setuptools installs for that setup.py. Prints one JSON object, keyed by each job's file:
  {"module": NAME, "imports": [REL, ...], "statements": [LINE, ...], "run": [LINE, ...],
   "error": STR | null}

All jobs run in this one process. For each, sys.path is the standard library, then the job's roots
in order, and every module an earlier job loaded is forgotten, so each file is imported afresh.
The file is imported by the shortest dotted name a root gives it (`ns.a` through `p1/src`, not
`p1.src.ns.a` through `.`: contracts §4 item 3 names a file from its deepest root), and that name
must find the file itself.

What the file's own import statements import is observed twice over, each time tied to the frame
that runs the statement (the nearest frame of a repository file on the stack), so what an imported
module imports in turn is that module's, not the file's:
  - every module whose code CPython runs (the `exec` audit event of a `<module>` code object), to
    the frame that caused it: a module that runs and then fails (the fixtures import names they
    never define) still counts, as CPython found it and ran it;
  - every module a statement binds or passes through, loaded now or before (a wrapper around
    builtins.__import__): each package of the dotted name, and each name of the from-list (of `*`:
    `__all__`, else the public names) whose value is a module.
`statements` are the lines of the file's import statements (by `ast`), `run` those CPython ran. A
statement in a function body, under `if TYPE_CHECKING:`, or after one that raised, does not run at
import time, and what it would import is not observed: the caller must not read its absence as
CPython's answer.
"""
import ast
import builtins
import importlib
import importlib.util
import inspect
import json
import os
import site
import sys
import tempfile
from importlib._bootstrap import _calc___package__  # how CPython finds a relative import's package

FIXTURE = ""  # the fixture's real path, set by main()
OBSERVER = None  # the job being observed; an audit hook cannot be removed, so the one added asks this


def repo_file(path):
    """`path` as a fixture file (relative, with `/`, links followed), or None."""
    if not path or path.startswith("<"):
        return None
    real = os.path.realpath(path)
    return os.path.relpath(real, FIXTURE).replace(os.sep, "/") if real.startswith(FIXTURE + os.sep) else None


def module_file(module):
    return repo_file(getattr(module, "__file__", None)) if inspect.ismodule(module) else None


class Observer:
    """What one file's own statements import, and which of them ran."""

    def __init__(self, file):
        self.file = file
        self.imports = set()
        self.run = set()

    def ours(self, frame):
        """Whether the nearest repository frame from `frame` up is the file's."""
        while frame is not None and repo_file(frame.f_code.co_filename) is None:
            frame = frame.f_back
        return frame is not None and repo_file(frame.f_code.co_filename) == self.file

    def ran(self, code):
        """The `exec` audit event: a module's code starts to run."""
        ran = repo_file(code.co_filename) if inspect.iscode(code) and code.co_name == "<module>" else None
        if ran and ran != self.file and self.ours(sys._getframe(2)):
            self.imports.add(ran)

    def wrap(self, real_import):
        def traced(name, globals=None, locals=None, fromlist=(), level=0):
            frame = sys._getframe(1)
            if repo_file(frame.f_code.co_filename) != self.file:
                return real_import(name, globals, locals, fromlist, level)
            self.run.add(frame.f_lineno)
            try:
                return real_import(name, globals, locals, fromlist, level)
            finally:
                # After a failure too: the packages of the name that did load stay in sys.modules.
                bound = map(module_file, bound_modules(name, globals or {}, fromlist, level))
                self.imports.update(f for f in bound if f)

        return traced


def bound_modules(name, globals, fromlist, level):
    """The modules `import name` or `from name import fromlist` binds or passes through, now."""
    try:
        absolute = importlib.util.resolve_name("." * level + name, _calc___package__(globals) if level else None)
    except (ImportError, ValueError):
        return
    parts = absolute.split(".")
    for end in range(1, len(parts) + 1):
        yield sys.modules.get(".".join(parts[:end]))
    module = sys.modules.get(absolute)
    for item in fromlist if module else ():
        names = [item]
        if item == "*":
            names = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        for n in names:
            yield getattr(module, n, sys.modules.get(f"{absolute}.{n}"))  # IMPORT_FROM's own fallback


def audit(event, args):
    if event == "exec" and OBSERVER is not None:
        OBSERVER.ran(args[0])


def statements(path):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read(), path)
    return sorted({node.lineno for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))})


def forget_since(modules):
    for name in set(sys.modules) - modules:
        del sys.modules[name]
    sys.path_importer_cache.clear()
    importlib.invalidate_caches()


def install_tree(setup_py, into):
    """The modules a build of `setup_py` installs (`pip install .` copies setuptools' build_py list:
    its packages from its package_dir), linked into the folder `into`."""
    saved = sys.path[:], set(sys.modules), sys.meta_path[:], sys.path_hooks[:], os.getcwd()
    project = os.path.dirname(setup_py)
    try:
        sys.path.extend(site.getsitepackages())
        import setuptools  # noqa: F401 (setuptools' distutils, with its commands)
        from distutils.core import run_setup

        os.chdir(project)
        build_py = run_setup(setup_py, ["build_py"], stop_after="commandline").get_command_obj("build_py")
        build_py.ensure_finalized()
        for package, module, source in build_py.find_all_modules():
            link = os.path.join(into, *package.split("."), module + ".py")
            os.makedirs(os.path.dirname(link), exist_ok=True)
            os.symlink(os.path.realpath(source), link)
    finally:
        sys.path[:], modules, sys.meta_path[:], sys.path_hooks[:], cwd = saved
        os.chdir(cwd)
        forget_since(modules)


def module_name(file, path):
    """The shortest dotted name a root of `path` gives `file` (the first root's, of equal ones)."""
    names = []
    for index, root in enumerate(path):
        for folder, _, filenames in os.walk(root):
            for filename in filenames:
                full = os.path.join(folder, filename)
                if filename.endswith(".py") and repo_file(full) == file:
                    parts = os.path.relpath(full, root)[: -len(".py")].split(os.sep)
                    parts = parts[:-1] if parts[-1] == "__init__" else parts
                    if all(p.isidentifier() for p in parts):
                        names.append((len(parts), index, ".".join(parts)))
    return min(names)[2] if names else None


def judge(job, stdlib, base_modules, trees):
    global OBSERVER
    file = job["file"]
    path = [trees[r["install"]] if isinstance(r, dict) else os.path.normpath(os.path.join(FIXTURE, r)) for r in job["path"]]
    sys.path[:] = stdlib + path
    forget_since(base_modules)
    observer = Observer(file)
    name = module_name(file, path)
    result = {"module": name, "statements": statements(os.path.join(FIXTURE, file)), "error": None}
    real_import = builtins.__import__
    try:
        spec = name and importlib.util.find_spec(name)  # runs the packages above it, as an import does
        if not spec or repo_file(spec.origin) != file:
            raise ImportError(f"no name on this path finds the file ({name} finds {spec and spec.origin})")
        OBSERVER = observer
        builtins.__import__ = observer.wrap(real_import)
        importlib.import_module(name)
    except Exception as error:  # the fixtures import names they never define: say so, go on
        result["error"] = f"{type(error).__name__}: {error}"
    finally:
        builtins.__import__ = real_import
        OBSERVER = None
    result["imports"] = sorted(observer.imports)
    result["run"] = sorted(observer.run)
    return result


def main():
    global FIXTURE
    request = json.load(sys.stdin)
    FIXTURE = os.path.realpath(request["fixture"])
    stdlib = sys.path[:]
    sys.addaudithook(audit)
    with tempfile.TemporaryDirectory() as temp:
        trees = {}
        for root in (r for job in request["jobs"] for r in job["path"] if isinstance(r, dict)):
            if root["install"] not in trees:
                trees[root["install"]] = os.path.join(temp, str(len(trees)))
                install_tree(os.path.join(FIXTURE, root["install"]), trees[root["install"]])
        base_modules = set(sys.modules)
        results = {job["file"]: judge(job, stdlib, base_modules, trees) for job in request["jobs"]}
    json.dump(results, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
