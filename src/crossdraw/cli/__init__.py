"""The thin Typer shell: parse options, call the core, print, map errors to exit codes."""
