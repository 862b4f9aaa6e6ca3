"""Tiny random-weight seq2seq models built offline (filled by the translation work)."""
