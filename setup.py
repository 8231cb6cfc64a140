"""The repository root is the package `esfgraph`; its parts are the folders the design fixes.

Every Python package and data folder under a part is found here, so a new module or data file
cannot be left out of the wheel by a forgotten list entry; tests/, bench/, examples/ and docs/
are not parts and stay out (tests/test_packaging.py builds the wheel and checks both).
"""

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

PARTS = ("extract", "graph", "cli", "ontology", "queries")
ROOT_MODULES = ("__init__", "__main__", "errors", "api")


class BuildPy(build_py):
    """The package's modules; of the root folder only the package's own (not this file)."""

    def find_package_modules(self, package, package_dir):
        found = super().find_package_modules(package, package_dir)
        return [m for m in found if m[0] != "esfgraph" or m[1] in ROOT_MODULES]


setup(
    cmdclass={"build_py": BuildPy},
    package_dir={"esfgraph": "."},
    packages=["esfgraph"] + [
        f"esfgraph.{p}" for p in find_namespace_packages(
            ".", include=[f"{part}*" for part in PARTS], exclude=["*__pycache__*"])
    ],
)
