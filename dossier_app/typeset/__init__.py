"""Qt's text layout of the Word dossier: its PDF, and its headings' pages, without
LibreOffice. QtGui only (never widgets), imported by the export when it is asked for, so
that the floors below the window load no Qt."""
