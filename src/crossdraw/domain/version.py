"""The version of crossdraw, as records state it (`tool.version`)."""

__version__ = "0.1.0"
