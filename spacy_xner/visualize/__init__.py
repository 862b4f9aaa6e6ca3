"""See the projection: source, translation, alignment links, projected and dropped entities, gold marks."""
from .render import render, show

__all__ = ["render", "show"]
