"""A runaway sentence (issue 28.7): aligned Europarl pairs concatenated into one pair of ~N tokens a side.

    python benchmarks/bench_runaway.py ALIGNED.spacy OUT.spacy --tokens 20000 [--in-corpus]

ALIGNED.spacy is ``xner align``'s output on Europarl en-de (or any aligned pairs); the pairs are
joined in order, repeating the corpus if needed, with each pair's links shifted by the words before
it, until the source has ``--tokens`` words: what a corpus with a whole document on one line gives
the projector; with ``--in-corpus`` it is written after the pairs of ALIGNED.spacy (a corpus with one
runaway line). Measure ``xner project`` on OUT.spacy with ``/usr/bin/time -v`` (README.projection.md).
"""
from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def runaway_pair(aligned: Path, tokens: int):
    """One source Doc of about ``tokens`` words, entities throughout, with its translation and links."""
    sys.path.insert(0, str(REPO))
    from spacy.tokens import Doc
    from spacy_xner.corpora.docbin import read_docbin, set_language
    from spacy_xner.docs import get_alignment, get_translation, set_alignment, set_id, set_translation, set_word_spans, word_spans
    from spacy_xner.ty import Link, WordSpan

    pairs = [doc for doc in read_docbin(aligned) if get_translation(doc) is not None and get_alignment(doc)]
    src, tgt, spans, links = [], [], [], []
    for doc in itertools.cycle(pairs):
        if len(src) >= tokens:
            break
        translation = get_translation(doc)
        spans += [WordSpan(s.start + len(src), s.end + len(src), s.label) for s in word_spans(doc)]
        links += [Link(l.src + len(src), l.tgt + len(tgt), l.score) for l in get_alignment(doc)]
        src += [t.text for t in doc]
        tgt += [t.text for t in translation]
    source, target = Doc(pairs[0].vocab, words=src), Doc(get_translation(pairs[0]).vocab, words=tgt)
    set_word_spans(source, spans)
    set_language(source, pairs[0].lang_)
    set_language(target, get_translation(pairs[0]).lang_)
    set_id(source, "runaway")
    set_translation(source, target)
    set_alignment(source, links)
    return source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("aligned", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--tokens", type=int, default=20000)
    parser.add_argument("--in-corpus", action="store_true", help="write the pairs of ALIGNED.spacy before it")
    options = parser.parse_args()
    from spacy_xner.corpora.docbin import read_docbin, write_docbin
    from spacy_xner.docs import get_translation

    doc = runaway_pair(options.aligned, options.tokens)
    write_docbin(options.output, [*(read_docbin(options.aligned) if options.in_corpus else []), doc])
    print(f"{len(doc)} source / {len(get_translation(doc))} target tokens, {len(doc.ents)} entities → {options.output}")


if __name__ == "__main__":
    main()
