"""Names inside longer target words (issue 29, item 4): does the default projection reach them?

    python benchmarks/affix_names.py PROJECT sna,nya

PROJECT is a project folder where ``tt-project`` has run (``corpus/tt/aligned/<lang>.spacy`` and
``corpus/tt/projected/<lang>.ngram.spacy``). For every single-word English entity of four or more
letters, the target sentence is searched, case and accents folded: a name the target writes only
inside a longer word (a class prefix + the name: kuHarare) is counted, and so is whether the
alignment links the name to that word and whether the projection labels it (with the same label).
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from collections import Counter
from pathlib import Path

from spacy_xner.corpora.docbin import iter_docs
from spacy_xner.docs import get_alignment, get_id


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def count(project: Path, lang: str) -> Counter:
    projected = {get_id(doc): doc for doc in iter_docs(project / f"corpus/tt/projected/{lang}.ngram.spacy")}
    counts: Counter = Counter()
    for pair in iter_docs(project / f"corpus/tt/aligned/{lang}.spacy"):
        target = pair._.xner_translation
        if target is None:
            continue
        words = [fold(t.text) for t in target]
        labelled = projected.get(get_id(target))
        links = get_alignment(pair) or []
        for ent in pair.ents:
            name = fold(ent.text)
            if len(ent) != 1 or len(name) < 4:
                continue
            inside = {i for i, word in enumerate(words) if name in word and word != name}
            if name in words or not inside:
                counts["as a word of its own, or not written"] += 1
                continue
            counts["only inside a longer word"] += 1
            counts["aligned to that word"] += any(link.src == ent.start and link.tgt in inside for link in links)
            spans = labelled.ents if labelled is not None else ()
            counts["projected onto that word"] += any(set(range(e.start, e.end)) & inside for e in spans)
            counts["with the same label"] += any(e.label_ == ent.label_ and set(range(e.start, e.end)) & inside
                                                 for e in spans)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    parser.add_argument("langs")
    args = parser.parse_args()
    for lang in args.langs.split(","):
        print(json.dumps({"lang": lang, **count(args.project, lang)}))


if __name__ == "__main__":
    main()
