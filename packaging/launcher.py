"""Entry point of the packaged application (both executables of the bundle run this)."""

import sys

from dossier_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
