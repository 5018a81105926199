"""crossdraw: the witnessed, exactly fair lottery of a cross-enforcement plan."""

__version__ = "0.1.0"
