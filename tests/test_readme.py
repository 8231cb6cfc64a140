"""Every example in the README runs on what ships and prints what the README shows.

The README's fences say what a block is: ```sh blocks are esfgraph commands, run in order
against a copy of examples/ and the demo store (out/store, as `make demo` builds it);
```console blocks are `$ command` lines with the output the README shows, compared line by
line (seconds and file sizes aside); ```python blocks run as a script there. ```shell blocks
need a server or a tool of their own (Virtuoso, make) and are not run; `esfgraph serve`, which
runs until stopped, is not run either (tests/test_serve.py runs it).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_TIMES = re.compile(r"\d[\d,.]* s\b|\(\d[\d,.]* s\)")


def _blocks() -> list[tuple[int, str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [(text[:m.start()].count("\n") + 1, m[1], m[2])
            for m in re.finditer(r"^```(\w*)\n(.*?)^```", text, re.S | re.M)]


def _commands(body: str) -> list[str]:
    """The commands of a sh block: comments dropped, continuation lines joined."""
    out, current = [], ""
    for line in body.splitlines():
        line = line.rstrip()
        current += line[:-1] + " " if line.endswith("\\") else line
        if not line.endswith("\\"):
            if current.strip() and not current.lstrip().startswith("#"):
                out.append(current)
            current = ""
    return out


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A folder with examples/, docs/ and tests/data as they ship, and out/store built as
    `make demo` does."""
    ws = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", ws / "examples")
    shutil.copytree(ROOT / "docs", ws / "docs")
    shutil.copytree(ROOT / "tests" / "data", ws / "tests" / "data")
    (ws / "out").mkdir()
    built = _run(ws, "esfgraph build --store out/store -q examples/")
    assert built.returncode == 0, built.stderr
    return ws


def _run(ws: Path, command: str) -> subprocess.CompletedProcess:
    bindir = str(Path(sys.executable).parent)
    env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""),
               COLUMNS="200", ESFGRAPH_STORE="out/store")
    return subprocess.run(["bash", "-c", command], cwd=ws, env=env, capture_output=True,
                          text=True, timeout=600)


def _normal(text: str) -> list[str]:
    return [_TIMES.sub("<time>", line.rstrip()) for line in text.strip().splitlines()]


BLOCKS = _blocks()


@pytest.mark.parametrize("line, kind, body", [b for b in BLOCKS if b[1] in ("sh", "console", "python")],
                         ids=lambda v: str(v) if isinstance(v, int) else None)
def test_readme_block(workspace, line, kind, body):
    if kind == "python":
        script = workspace / f"block_{line}.py"
        script.write_text(body, encoding="utf-8")
        done = _run(workspace, f"{shlex.quote(sys.executable)} {script.name}")
        assert done.returncode == 0, f"README line {line}: {done.stderr[-2000:]}"
        return
    if kind == "sh":
        for command in _commands(body):
            if not command.startswith("esfgraph ") or command.startswith("esfgraph serve"):
                continue
            done = _run(workspace, command)
            assert done.returncode == 0, f"README line {line}: {command}\n{done.stderr[-2000:]}"
        return
    # console: "$ command" then the output it prints
    parts = re.split(r"^\$ ", body, flags=re.M)
    for part in parts[1:]:
        command, _, shown = part.partition("\n")
        command = re.sub(r"\s+#.*$", "", command)
        done = _run(workspace, command)
        printed = _normal(done.stdout + done.stderr)
        expected = _normal(shown)
        assert printed == expected, f"README line {line}: {command}"
