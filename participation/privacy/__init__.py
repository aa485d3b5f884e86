"""Legal texts, accessibility feedback, Leichte Sprache and personal-data self-service."""
