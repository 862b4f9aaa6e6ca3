"""Tiny random-weight encoders built offline (filled by the alignment work)."""
