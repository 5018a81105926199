"""The use cases: each command's work as one call, with no terminal and no Typer."""
