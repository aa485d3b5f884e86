"""Start page and the language switch."""
