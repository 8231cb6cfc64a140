"""The house: rooms that show the pipeline, imports only going down, no circle, small modules,
and the drawing in the README that says so."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("extract", "graph", "cli", "ontology", "queries")

# The rooms, lowest first. A module may import from its own room and from rooms below it.
ROOMS = (
    "errors",
    "extract.records",
    "extract.organisations",
    "extract.partners.base",
    "extract.partners.names",
    "extract.partners.roles",
    "extract.partners",
    "graph",
    "graph.network",
    "graph.publish",
    "api",
    "cli",
)


def _modules() -> dict[str, Path]:
    found = {"__init__": ROOT / "__init__.py", "errors": ROOT / "errors.py", "api": ROOT / "api.py",
             "__main__": ROOT / "__main__.py"}
    for part in PARTS:
        for path in (ROOT / part).rglob("*.py"):
            rel = path.relative_to(ROOT).with_suffix("")
            name = ".".join(rel.parts)
            found[name.removesuffix(".__init__")] = path
    return found


def _room(module: str) -> str | None:
    """Return the room of a module (the longest room name it starts with)."""
    best = None
    for room in ROOMS:
        if module == room or module.startswith(room + "."):
            if best is None or len(room) > len(best):
                best = room
    return best


def _imports(path: Path) -> set[str]:
    """Return the esfgraph modules a file imports (anywhere in it), without the prefix."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("esfgraph"):
            base = node.module.removeprefix("esfgraph").lstrip(".")
            for alias in node.names:
                out.add(f"{base}.{alias.name}".lstrip(".") if base else alias.name)
                if base:
                    out.add(base)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("esfgraph."):
                    out.add(alias.name.removeprefix("esfgraph."))
    modules = _modules()
    return {m for m in out if m in modules}


def _graph() -> dict[str, set[str]]:
    return {name: _imports(path) for name, path in _modules().items()}


def test_every_module_is_in_a_room():
    # Outside the rooms: the package's own init and __main__, the data packages, and the
    # folders' inits that only describe their rooms (they import nothing).
    graph = _graph()
    loose = [m for m in _modules() if _room(m) is None and m not in ("__init__", "__main__")
             and not m.startswith(("ontology", "queries")) and graph[m]]
    assert loose == []


def test_imports_only_go_down():
    upward = []
    for module, imported in _graph().items():
        here = _room(module)
        if here is None:
            continue
        for target in imported:
            there = _room(target)
            if there is not None and ROOMS.index(there) > ROOMS.index(here):
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_no_import_circle():
    graph = _graph()
    done, path, circles = set(), [], []

    def visit(m):
        if m in path:
            circles.append(path[path.index(m):] + [m])
            return
        if m in done:
            return
        path.append(m)
        for n in sorted(graph.get(m, ())):
            if n != m and not (m.startswith(n + ".") and n + "." in m + "."):  # a package's own init
                visit(n)
        path.pop()
        done.add(m)

    for m in sorted(graph):
        visit(m)
    assert circles == []


@pytest.mark.parametrize("module", sorted(_modules()))
def test_modules_are_small(module):
    lines = len(_modules()[module].read_text(encoding="utf-8").splitlines())
    assert lines <= 310, f"{module} has {lines} lines"


@pytest.mark.parametrize("path", sorted((ROOT / "tests").glob("*.py")), ids=lambda p: p.name)
def test_test_files_are_small_and_reach_only_the_package(path):
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 310
    if path.name != "test_layout.py":
        assert "sys.path" not in text and "from conftest" not in text and "import conftest" not in text


def test_the_readme_draws_the_rooms_as_they_are():
    """The README's drawing lists every room-to-room import, and no other."""
    actual = set()
    for module, imported in _graph().items():
        here = _room(module)
        for target in imported:
            there = _room(target)
            if here and there and here != there:
                actual.add((here, there))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)```", readme, re.DOTALL)
    assert block, "the README has no mermaid drawing of the rooms"
    drawn = set(re.findall(r"^\s*(\S+)\s*-->\s*(\S+)\s*$", block.group(1), re.MULTILINE))
    assert drawn == actual
