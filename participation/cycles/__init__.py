"""The yearly cycle (visions) and the public transparency report."""
