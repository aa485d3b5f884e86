"""Phase 1 pre-assessment (Vorbewertung) and Phase 2 decision (Beschluss)."""
