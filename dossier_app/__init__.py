"""Dossier CCPT: write the dossier de productions of the CCPT certification."""

__version__ = "0.1.0"
