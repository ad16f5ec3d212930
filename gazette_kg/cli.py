"""The ``gazette-kg`` command: a thin click group over the library.

Each package owns its commands in its own ``cli.py``; this group only knows their names
and imports a command's module when that command runs, so ``gazette-kg parse`` never
pays for importing Flask or owlready2.
"""

from __future__ import annotations

import importlib

import click

from gazette_kg import __version__

# command name -> "module:attribute"
COMMANDS: dict[str, str] = {
    "parse": "gazette_kg.loaders.cli:parse",
    "load": "gazette_kg.loaders.load_cli:load",
    "stats": "gazette_kg.store.cli:stats",
    "graphs": "gazette_kg.store.cli:graphs",
    "export": "gazette_kg.store.cli:export",
    "status": "gazette_kg.loaders.load_cli:status",
    "validate": "gazette_kg.ontology.cli:validate",
    "reason": "gazette_kg.ontology.cli:reason",
    "query": "gazette_kg.queries.cli:query",
    "queries": "gazette_kg.queries.cli:list_queries",
    "serve": "gazette_kg.web.cli:serve",
    "analyze": "gazette_kg.analytics.cli:analyze",
    "export-network": "gazette_kg.analytics.cli:export_network",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as err:
            if err.name != module_name:
                raise
            return None
        return getattr(module, attribute, None)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="gazette-kg")
def main() -> None:
    """A knowledge graph of Chinese government gazettes (政府公报)."""


if __name__ == "__main__":
    main()
