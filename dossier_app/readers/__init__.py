"""Read-only readers of outside documents, each bounded and fuzzed."""
