"""The command line itself: every command is listed without importing it, found when asked
for, and documented; data on stdout, messages on stderr."""

from __future__ import annotations

import importlib
import subprocess
import sys

import click

from esfgraph.cli import COMMANDS, main


def test_the_command_table_is_the_commands():
    for module in {m for m, _ in COMMANDS.values()}:
        importlib.import_module(f"esfgraph.cli.{module}")
    assert set(main.commands) == set(COMMANDS)
    for name, (module, help_text) in COMMANDS.items():
        command = main.commands[name]
        assert command.callback.__module__ == f"esfgraph.cli.{module}", name
        assert command.help.strip().split("\n")[0] == help_text, name
        assert "Example: esfgraph" in command.help or isinstance(command, click.Group), name


def test_help_lists_every_command_without_importing_them():
    code = ("import sys; from click.testing import CliRunner; from esfgraph.cli import main; "
            "out = CliRunner().invoke(main, ['--help']).output; "
            "assert 'spacy' not in sys.modules and 'networkx' not in sys.modules and "
            "'rdflib' not in sys.modules, sorted(m for m in sys.modules if m.startswith(('spacy', 'rdflib', 'networkx'))); "
            "print(out)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    for name in COMMANDS:
        assert f"  {name} " in out.stdout
