"""Phase 3 and 4: the public roadmap, implementation tracking, evaluation, the yearly cycle."""
