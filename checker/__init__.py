"""crosscheck: a linter for facts in news copy."""

__version__ = "0.1.0"
