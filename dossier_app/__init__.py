"""Dossier CCPT: write the dossier de productions of the CCPT certification."""

__version__ = "0.2.0"
"""The one version number: the wheel, --version, the About box and the installers read it."""

APP_ID = "fr.dossierccpt.DossierCCPT"
"""The desktop entry, AppStream and MIME integration all use this id."""
