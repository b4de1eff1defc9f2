"""The worker shell's layout stays readable (issue #17's style goal, branch shell12).

* every module of ``streams/worker`` and ``streams/cli`` says what it is for (a module docstring) and is in its
  package's map (the package docstring), and the map names no module that is gone;
* the names the runner, tests and benchmarks import from ``streams.worker.agents`` are still there, and are the
  objects of the modules they moved to (one definition, not a copy);
* every error class defined in ``streams/`` is in ``streams.errors``' documented hierarchy: one of its classes, or
  named in its docstring with where it is translated;
* the agents' modules log under one logger name, ``streams.worker.agents`` (the runner's condenser and operators'
  filters key on it).
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

import streams
import streams.errors

ROOT = Path(streams.__file__).parent
SHELL_PACKAGES = ("worker", "cli")


def _modules(package: str) -> list[str]:
    return sorted(p.stem for p in (ROOT / package).glob("*.py") if p.stem != "__init__")


# What other code imports from ``streams.worker.agents`` (grep of streams/, tests/, benchmarks/, scripts/) and
# where it lives now.
MOVED = {
    "Context": "context",
    "build_context": "context",
    "fatal": "context",
    "BATCH_MAX": "batching",
    "LARGE_BYTES": "batching",
    "SliceSizer": "batching",
    "batch_end": "batching",
    "is_large": "batching",
    "ingest_step": "ingest_agent",
    "ingest_records": "ingest_agent",
    "ingest_slice": "ingest_agent",
    "stage_items": "dedupe_agent",
    "fill_wait": "pacing",
}


@pytest.mark.parametrize("package", SHELL_PACKAGES)
def test_every_shell_module_has_a_docstring(package: str) -> None:
    for name in _modules(package):
        tree = ast.parse((ROOT / package / f"{name}.py").read_text())
        doc = ast.get_docstring(tree)
        assert doc and len(doc.split()) >= 8, f"streams/{package}/{name}.py: say what the module is for"


@pytest.mark.parametrize("package", SHELL_PACKAGES)
def test_the_package_map_lists_exactly_its_modules(package: str) -> None:
    doc = importlib.import_module(f"streams.{package}").__doc__ or ""
    mapped = sorted(set(re.findall(r"^\s+(\w+)\.py\s", doc, flags=re.MULTILINE)))
    assert mapped == _modules(package)


def test_the_cli_main_module_keeps_its_public_names() -> None:
    main = importlib.import_module("streams.cli.main")  # the module, not the console-script function
    parser = importlib.import_module("streams.cli.parser")
    assert main.build_parser is parser.build_parser
    verbs = {a.dest: a for a in main.build_parser()._subparsers._group_actions}["command"].choices
    assert sorted(verbs) == ["audit", "demo", "kafka", "process", "push", "tail", "worker"]


def test_the_agents_module_keeps_its_public_names() -> None:
    from streams.worker import agents

    for name, home in MOVED.items():
        module = importlib.import_module(f"streams.worker.{home}")
        assert getattr(agents, name) is getattr(module, name), name
    assert set(MOVED) | {"register"} <= set(agents.__all__)
    assert callable(agents.register)


def _error_classes() -> list[tuple[str, str, list[str]]]:
    """(module path, class name, base names) of every class in ``streams/`` whose name or bases say error."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(b).rpartition(".")[2] for b in node.bases]
            if any(b.endswith(("Error", "Exception")) for b in bases):
                found.append((str(path.relative_to(ROOT.parent)), node.name, bases))
    return found


def test_every_error_class_is_in_the_documented_hierarchy() -> None:
    classes = _error_classes()
    assert any(name == "TopicMissing" for _, name, _ in classes)  # the scan does find the shell's errors
    doc = streams.errors.__doc__ or ""
    for path, name, _ in classes:
        if path == "streams/errors.py":
            continue
        assert re.search(rf"\b{re.escape(name)}\b", doc), f"{path}: {name} is not in streams.errors' docstring"


def test_the_hierarchy_in_the_docstring_matches_the_classes() -> None:
    for path, name, bases in _error_classes():
        if bases[0] in {"ValueError", "Exception"}:
            continue
        cls = getattr(importlib.import_module(path.removesuffix(".py").replace("/", ".")), name)
        assert issubclass(cls, streams.errors.WirefeedError), f"{path}: {name} derives from {bases}"


@pytest.mark.parametrize("module", ["context", "ingest_agent", "dedupe_agent", "agents", "sender"])
def test_the_agents_log_under_one_name(module: str) -> None:
    assert importlib.import_module(f"streams.worker.{module}").log.name == "streams.worker.agents"
