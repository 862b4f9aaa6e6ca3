"""Target-language Docs: machine output split by the target language's spaCy tokenizer, given words kept as is."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .docbin import set_language, vocab_for
from ..docs import set_id
from ..languages import spacy_lang


@lru_cache(maxsize=None)
def _blank(lang: str) -> Language:
    """``lang``: a spaCy language code."""
    return spacy.blank(lang, vocab=vocab_for(lang))


def target_doc(
    lang: str,
    sentence_id: str,
    source_id: Optional[str],
    *,
    text: Optional[str] = None,
    words: Optional[Sequence[str]] = None,
    spaces: Optional[Sequence[bool]] = None,
) -> Doc:
    """A Doc in ``lang`` (``xx`` where spaCy has no such language) carrying the sentence ids."""
    nlp = _blank(spacy_lang(lang))
    if words is not None:
        doc = Doc(nlp.vocab, words=list(words), spaces=list(spaces) if spaces is not None else None)
    else:
        doc = nlp.make_doc(text or "")
    set_id(doc, sentence_id, source_id)
    set_language(doc, lang)
    return doc
