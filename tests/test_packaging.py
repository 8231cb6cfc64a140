"""The package installs what it tests: the wheel holds every module and data file of the parts
and nothing else (no tests, bench or examples), and runs from itself; the source distribution
carries the tests and what they read."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PARTS = ("extract", "graph", "cli", "ontology", "queries")
ROOT_MODULES = ("__init__.py", "__main__.py", "errors.py", "api.py")


def _tracked_package_files() -> set[str]:
    """The files of the package as the source tree has them, named as in the wheel."""
    out = {f"esfgraph/{name}" for name in ROOT_MODULES}
    for part in PARTS:
        for path in (ROOT / part).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                out.add("esfgraph/" + path.relative_to(ROOT).as_posix())
    return out


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> Path:
    """A copy of the source tree to build from (a build writes into the tree it builds)."""
    copy = tmp_path_factory.mktemp("source") / "esfgraph"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "out", "esfgraph-store*"))
    return copy


@pytest.fixture(scope="module")
def wheel(tmp_path_factory, source) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps",
                    "--no-build-isolation", "--quiet", "-w", str(out)], check=True,
                   capture_output=True, timeout=300)
    (found,) = out.glob("esfgraph-*.whl")
    return found


def test_the_wheel_holds_the_package_and_nothing_else(wheel):
    with zipfile.ZipFile(wheel) as z:
        names = {n for n in z.namelist() if not n.startswith("esfgraph-")}
    assert names == _tracked_package_files()


def test_the_wheel_runs_from_itself(wheel, tmp_path, examples):
    """Every module imports from the unpacked wheel, and it builds and queries the examples."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as z:
        z.extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site))
    modules = sorted(n[:-3].replace("/", ".").removesuffix(".__init__")
                     for n in _tracked_package_files() if n.endswith(".py") and "__main__" not in n)
    check = ("import importlib, esfgraph\n"
             f"assert esfgraph.__file__.startswith({str(site)!r}), esfgraph.__file__\n"
             f"for m in {modules!r}: importlib.import_module(m)\n")
    subprocess.run([sys.executable, "-c", check], env=env, check=True, cwd=tmp_path, timeout=120)
    store = tmp_path / "store"
    run = lambda *args: subprocess.run([sys.executable, "-m", "esfgraph", *args], env=env,
                                       cwd=tmp_path, capture_output=True, text=True, timeout=300)
    built = run("build", "--store", str(store), "--jobs", "1", str(examples))
    assert built.returncode == 0, built.stderr
    listed = run("query", "projects", "--store", str(store), "--format", "csv")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1 + 18
    network = run("network", "export", "--store", str(store), "--output", str(tmp_path / "n.html"))
    assert network.returncode == 0 and "<svg" in (tmp_path / "n.html").read_text(encoding="utf-8")


def test_the_source_distribution_carries_its_tests(tmp_path, source):
    subprocess.run([sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir",
                    str(tmp_path), str(source)], check=True, capture_output=True, timeout=300)
    (sdist,) = tmp_path.glob("esfgraph-*.tar.gz")
    with tarfile.open(sdist) as t:
        names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    assert {"tests/conftest.py", "tests/test_packaging.py", "examples/24_903_S01.txt",
            "Makefile", "setup.py", "pyproject.toml"} <= names
    assert "tests/data/passages.jsonl" in names
    assert not any("__pycache__" in n or n.startswith(".venv") for n in names)
