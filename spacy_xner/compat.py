"""Every use of spaCy's and srsly's private internals, in one place: the file to check when either is upgraded.

Each buys speed that the public API cannot: a command that starts without importing every plugin, a DocBin
round trip without a registry scan per Doc, and DocBin rows written without building Docs.
"""
from __future__ import annotations

from contextlib import contextmanager

import srsly

try:  # the serialized form of a Doc without span groups, as DocBin.add writes it
    from spacy.tokens._dict_proxies import SpanGroups

    EMPTY_SPAN_GROUPS: bytes = SpanGroups._EMPTY_BYTES
except (ImportError, AttributeError):  # another spaCy: the bytes its DocBin writes for no span groups
    EMPTY_SPAN_GROUPS = srsly.msgpack_dumps([])

_lookups_frozen = 0


@contextmanager
def msgpack_extensions_looked_up_once():
    """srsly looks its msgpack extensions up on every ``msgpack_dumps`` / ``msgpack_loads`` (a scan
    of all of catalogue's registered functions plus the installed entry points), and a DocBin with
    user data makes several such calls per Doc: most of the time of a round trip. Within this block
    the extensions are looked up once; nothing can register new ones halfway through a DocBin.
    Reentrant: readers of two corpora (``xner pair``) are open at once."""
    global _lookups_frozen
    registries = (srsly.msgpack_encoders, srsly.msgpack_decoders)
    if not _lookups_frozen:
        for registry in registries:
            registry.get_all = lambda found=registry.get_all(): found
    _lookups_frozen += 1
    try:
        yield
    finally:
        _lookups_frozen -= 1
        if not _lookups_frozen:
            for registry in registries:
                vars(registry).pop("get_all", None)  # the class's method again


def blank_knowing(factory: str):
    """A blank pipeline that knows ``factory``. A new ``Language`` first imports every installed
    plugin's factories (spacy-transformers brings torch: seconds and hundreds of MB before a command's
    first sentence); here only ``factory``'s own entry point is loaded. The parts a config names are found
    by name in their registries (entry points included), and a part that loads a pipeline of its
    own (``spacy.load``) makes its ``Language`` afterwards, with every plugin."""
    import spacy
    from spacy.util import registry

    plugins = getattr(registry, "_entry_point_factories", None)
    if plugins is None or not hasattr(plugins, "get_entry_point"):  # another spaCy: the usual way
        return spacy.blank("xx")
    plugins.get_entry_point(factory)  # imports our component's module, which registers the factory
    plugins.get_all = dict  # an instance attribute: Language.__init__ calls it for its imports only
    try:
        return spacy.blank("xx")
    finally:
        del plugins.get_all
