"""The architecture, enforced mechanically (issue #13): the import graph of ``streams/`` built with ``ast``.

* the core imports nothing from the shell, Faust, Kafka or Prometheus (statically, and at run time);
* no import cycle anywhere in ``streams/`` (imports inside functions and ``TYPE_CHECKING`` blocks count);
* the worker does not import the CLI; the CLI reaches the worker only to start it (``streams.worker.runner``);
  the shared modules (settings, errors, client) import neither; the local broker imports neither;
* every parser a module of ``streams/core/formats`` defines is in the registry (compared as objects).

Why: ``streams/core/__init__.py`` said a unit test enforced purity and none existed; ``agents`` and
``dedupe_stage`` imported each other, ``gaps`` (worker) imported the CLI's client module and ``offline``
(CLI) the worker's dedupe stage.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import streams
from streams.core.formats import registry

ROOT = Path(streams.__file__).parent
FORBIDDEN_IN_CORE = (
    "faust",
    "mode",
    "aiokafka",
    "kafka",
    "prometheus_client",
    "streams.worker",
    "streams.cli",
    "streams.localbroker",
    "streams.client",
    "streams.settings",
)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> Iterator[str]:
    """Every module ``path`` imports (absolute names; ``from a import b`` yields ``a.b`` when that is a module)."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            names = [f"{base}.{alias.name}" for alias in node.names]
            yield from names
            if not all(n in MODULES for n in names):  # ``from pkg import module`` needs the module, not pkg
                yield base


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _graph() -> dict[str, set[str]]:
    """Module → the ``streams`` modules it imports (only names that are modules of the tree)."""
    return {name: {i for i in _imports(path) if i in MODULES and i != name} for name, path in MODULES.items()}


GRAPH = _graph()


def _externals(name: str) -> set[str]:
    return set(_imports(MODULES[name]))


def test_the_graph_sees_the_tree() -> None:
    assert "streams.core.pipeline" in GRAPH and "streams.worker.agents" in GRAPH and "streams.cli.main" in GRAPH
    assert "streams.core.plan" in GRAPH["streams.worker.dedupe_stage"]  # the checker does find edges


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("streams.core")))
def test_core_imports_nothing_from_the_shell_faust_kafka_or_prometheus(name: str) -> None:
    bad = sorted(i for i in _externals(name) if i.startswith(FORBIDDEN_IN_CORE) and not i.startswith("streams.core"))
    assert not bad, f"{name} imports {bad}"


def test_core_loads_without_faust_kafka_or_prometheus() -> None:
    """At run time too: importing every core module pulls in none of them."""
    names = sorted(n for n in MODULES if n.startswith("streams.core"))
    code = (
        "import importlib, sys\n"
        f"for n in {names!r}: importlib.import_module(n)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'faust', 'mode', 'aiokafka', 'kafka',"
        " 'prometheus_client'} or m.startswith(('streams.worker', 'streams.cli', 'streams.localbroker',"
        " 'streams.client', 'streams.settings')))\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT.parent, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def _cycle() -> list[str] | None:
    """One import cycle of the graph, or ``None`` (depth-first search, colours)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(GRAPH):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_cycle_in_streams() -> None:
    assert _cycle() is None, " -> ".join(_cycle() or [])


def _reaches(name: str, prefix: str) -> set[str]:
    return {i for i in GRAPH[name] if i == prefix or i.startswith(prefix + ".")}


def test_the_worker_does_not_import_the_cli_or_the_local_broker() -> None:
    for name in (n for n in MODULES if n.startswith("streams.worker")):
        assert not _reaches(name, "streams.cli"), name
        assert not _reaches(name, "streams.localbroker"), name


def test_the_cli_reaches_the_worker_only_to_start_it() -> None:
    for name in (n for n in MODULES if n.startswith("streams.cli")):
        assert _reaches(name, "streams.worker") <= {"streams.worker", "streams.worker.runner"}, name


@pytest.mark.parametrize("name", ["streams.settings", "streams.errors", "streams.client", "streams.localbroker.kafka"])
def test_shared_modules_import_neither_the_worker_nor_the_cli(name: str) -> None:
    assert not _reaches(name, "streams.worker") and not _reaches(name, "streams.cli"), name


def test_every_parser_of_the_formats_package_is_registered() -> None:
    """Built from the imported objects: anything with a parser's shape in a formats module must be in the
    registry (a module added without registering it fails here), and each registered parser is distinct."""
    import streams.core.formats as formats

    registered = registry.parsers()
    assert len({id(p) for p in registered}) == len(registered)
    assert len({p.name for p in registered}) == len(registered)
    found = []
    for info in pkgutil.iter_modules(formats.__path__):
        module = importlib.import_module(f"streams.core.formats.{info.name}")
        for value in vars(module).values():
            if isinstance(value, type):
                continue
            if (
                callable(getattr(value, "sniff", None))
                and callable(getattr(value, "parse", None))
                and isinstance(getattr(value, "name", None), str)
            ):
                found.append((info.name, value))
    assert found, "no parser objects found: the shape test is wrong"
    missing = [(m, p.name) for m, p in found if not any(p is r for r in registered)]
    assert not missing, f"parsers defined but not registered: {missing}"


#: Calls that read the clock or the environment; the core gets time, today's date and the cache location
#: from the shell (``process(clock=…)``, ``receivedAt``, ``load_resources(cache_dir)``).
IMPURE_CALLS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("time", "time"),
    ("time", "time_ns"),
    ("os", "getenv"),
    ("os", "environ"),
}


def _impure_uses(path: Path) -> list[str]:
    """``x.today()``/``os.environ``-shaped attribute uses in one module, as ``line: a.b``. A default argument
    value that names ``time.time`` without calling it (the shell's clock as default) is allowed."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    defaults = {
        id(d)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for d in (*node.args.defaults, *node.args.kw_defaults)
        if d is not None
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in defaults:
            owner = node.value
            owner_name = (
                owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            )
            if (owner_name, node.attr) in IMPURE_CALLS:
                found.append(f"{node.lineno}: {owner_name}.{node.attr}")
    return found


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("streams.core")))
def test_core_reads_no_clock_and_no_environment(name: str) -> None:
    assert not _impure_uses(MODULES[name]), name
