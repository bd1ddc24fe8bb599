"""Developer tools: the translation check and the benchmarks. Installed by the
dev and test settings only (they need requirements-dev.txt), never in production."""
