"""Wijkpraat core: content, store, rules and CLI. Imports no QtWidgets or QtGui."""

# Kept equal to pyproject.toml by a test; a literal because importlib.metadata costs
# ~20 ms at start-up.
__version__ = "0.1.0"
