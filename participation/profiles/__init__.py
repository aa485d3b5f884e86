"""Public profile pages and "Meine Beteiligung" (my participation)."""
