"""Reading and writing DocBins with the pairs' user data intact, atomically.

A translation is itself a Doc (in another language), which msgpack cannot store, so it is packed
into ``Doc.to_bytes()`` under its own key before the DocBin is written and unpacked on reading.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Union

import srsly

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from ..docs import TRANSLATION_KEY, get_translation, install_extensions, set_translation
from ..errors import InputError
from ..io import write_atomic

PACKED_TRANSLATION_KEY = "xner_translation_packed"
LANG_KEY = "xner_lang"

_vocabs: dict[str, Vocab] = {}


def vocab_for(lang: str) -> Vocab:
    """One shared Vocab per spaCy language, so Docs read in one run share their strings; ``lang`` is
    any ISO 639 code (spaCy's multi-language vocab where spaCy lacks the language)."""
    from ..translation.languages import spacy_lang

    code = spacy_lang(lang)
    if code not in _vocabs:
        _vocabs[code] = spacy.blank(code).vocab
    return _vocabs[code]


def language_of(doc: Doc) -> str:
    """The language code the user gave for this Doc (``hau``), which spaCy's ``doc.lang_`` (``xx``) may not be."""
    return doc.user_data.get(LANG_KEY) or doc.lang_


def set_language(doc: Doc, lang: str) -> None:
    doc.user_data[LANG_KEY] = lang


def _pack(doc: Doc) -> Doc:
    translation = get_translation(doc)
    doc.user_data.pop(TRANSLATION_KEY, None)
    if translation is not None:
        doc.user_data[PACKED_TRANSLATION_KEY] = {"lang": language_of(translation), "bytes": _doc_bytes(translation)}
    return doc


def _doc_bytes(doc: Doc) -> bytes:
    """``Doc.to_bytes`` with its string table sorted: spaCy writes it in set order, which follows the
    Python hash seed, so two identical runs would write different files."""
    data = srsly.msgpack_loads(doc.to_bytes(exclude=["tensor"]))
    data["strings"] = sorted(data["strings"])
    return srsly.msgpack_dumps(data)


def _unpack(doc: Doc, source: Union[str, Path, None] = None, index: int = 0) -> Doc:
    packed = doc.user_data.pop(PACKED_TRANSLATION_KEY, None)
    if packed is not None:
        try:
            translation = Doc(vocab_for(packed["lang"])).from_bytes(packed["bytes"])
            translation.user_data.setdefault(LANG_KEY, packed["lang"])
        except Exception as err:  # a mangled field raises whatever msgpack, spaCy or the dict lookup raise
            raise InputError(source, f"doc {index}: corrupt user data field '{PACKED_TRANSLATION_KEY}' "
                                     f"({type(err).__name__})") from None
        set_translation(doc, translation)
    return doc


@contextmanager
def _msgpack_extensions_looked_up_once():
    """srsly looks its msgpack extensions up on every ``msgpack_dumps`` / ``msgpack_loads`` (a scan
    of all of catalogue's registered functions plus the installed entry points), and a DocBin with
    user data makes several such calls per Doc: most of the time of a round trip. Within this block
    the extensions are looked up once; nothing can register new ones halfway through a DocBin."""
    registries = (srsly.msgpack_encoders, srsly.msgpack_decoders)
    for registry in registries:
        registry.get_all = lambda found=registry.get_all(): found
    try:
        yield
    finally:
        for registry in registries:
            vars(registry).pop("get_all", None)  # the class's method again


def read_docbin(path: Union[str, Path]) -> list[Doc]:
    """All Docs of a DocBin, translations unpacked; errors name the file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "file not found")
    return docs_from_bytes(path.read_bytes(), path)


def docs_from_bytes(data: bytes, source: Union[str, Path, None] = None) -> list[Doc]:
    """The Docs of serialized DocBin bytes (a file's content, or a shard sent between processes)."""
    install_extensions()
    with _msgpack_extensions_looked_up_once():
        try:
            doc_bin = DocBin(store_user_data=True).from_bytes(data)
        except Exception as err:  # DocBin raises bare ValueError/KeyError/zlib errors on corrupt files
            raise InputError(source, f"not a spaCy DocBin ({type(err).__name__}: {err})") from None
        vocab = _vocab_of(doc_bin, source)
        return [_unpack(doc, source, i) for i, doc in enumerate(doc_bin.get_docs(vocab))]


def _vocab_of(doc_bin: DocBin, source: Union[str, Path, None]) -> Vocab:
    """DocBins don't record a language; the first Doc's user data does (set by ``write_docbin``)."""
    lang = "xx"
    try:
        if doc_bin.user_data and doc_bin.user_data[0]:
            lang = srsly.msgpack_loads(doc_bin.user_data[0], use_list=False).get(LANG_KEY, "xx")
        return vocab_for(lang)
    except Exception as err:  # corrupt msgpack, not a mapping, or no such language
        raise InputError(source, f"corrupt user data field '{LANG_KEY}' ({type(err).__name__}: {lang!r})") from None


def write_docbin(path: Union[str, Path], docs: Iterable[Doc]) -> int:
    """Write Docs (translations packed) to ``path`` atomically; returns the number of Docs."""
    docs = list(docs)
    write_atomic(path, docs_to_bytes(docs))
    return len(docs)


def docs_to_bytes(docs: Iterable[Doc]) -> bytes:
    """Serialized DocBin of ``docs`` with their translations packed; the Docs are left as they were."""
    doc_bin = DocBin(store_user_data=True)
    with _msgpack_extensions_looked_up_once():
        for doc in docs:
            doc.user_data.setdefault(LANG_KEY, doc.lang_)
            restore = doc.user_data.get(TRANSLATION_KEY)
            doc_bin.add(_pack(doc))
            if restore is not None:  # leave the caller's Doc as it was
                doc.user_data.pop(PACKED_TRANSLATION_KEY, None)
                doc.user_data[TRANSLATION_KEY] = restore
        return doc_bin.to_bytes()
