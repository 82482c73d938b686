"""The use cases, without Qt: what the command line and the window both do."""
