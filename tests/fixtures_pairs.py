"""Europarl en-de pairs for the CLI tests: a DocBin without and one with alignments, a Pharaoh file."""
import pytest
import spacy
from spacy.tokens import Doc

from spacy_xner.alignment.pharaoh import write_pharaoh
from spacy_xner.corpora.docbin import write_docbin
from spacy_xner.docs import set_alignment, set_id
from spacy_xner.ty import Link

__all__ = ["pairs"]

N = 40


def read_segments(path, n):
    segments, words, tags = [], [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if words:
                segments.append((words, tags))
                words, tags = [], []
                if len(segments) == n:
                    break
            continue
        token, tag = line.rsplit("\t", 1)
        words.append(token)
        tags.append(tag)
    return segments


def same_string_links(src, tgt):
    """A crude but honest aligner for the test: identical (lowercased) words, each target word once."""
    links, used = [], set()
    for i, w in enumerate(src):
        for j, v in enumerate(tgt):
            if j not in used and w.lower() == v.lower():
                links.append(Link(i, j))
                used.add(j)
                break
    return links


@pytest.fixture(scope="session")
def pairs(data_dir, tmp_path_factory):
    """40 Europarl en–de pairs as a DocBin, and their alignments as a Pharaoh file (not stored on the Docs)."""
    en = read_segments(data_dir / "europarl-ner" / "en-europarl.test.conll02", N)
    de = read_segments(data_dir / "europarl-ner" / "de-europarl.test.conll02", N)
    vocab_en, vocab_de = spacy.blank("en").vocab, spacy.blank("de").vocab
    docs, alignments = [], []
    for k, ((ew, et), (dw, _)) in enumerate(zip(en, de)):
        src = Doc(vocab_en, words=ew, ents=et)
        set_id(src, f"en-europarl:{k}")
        tgt = Doc(vocab_de, words=dw)
        set_id(tgt, f"de-europarl:{k}")
        src._.xner_translation = tgt
        docs.append(src)
        alignments.append(same_string_links(ew, dw))
    root = tmp_path_factory.mktemp("cli")
    write_docbin(root / "pairs.spacy", docs)
    write_pharaoh(root / "pairs.pharaoh", alignments)
    # the same pairs with the alignments stored on the Docs (as `xner align` writes them)
    for doc, links in zip(docs, alignments):
        set_alignment(doc, links)
    write_docbin(root / "aligned.spacy", docs)
    return root, sum(len(d.ents) for d in docs)


def one_line_error(res, *needles):
    """A user error: exit code 2, no traceback, and every needle in the message."""
    assert res.returncode == 2, res.stdout + res.stderr
    text = res.stderr + res.stdout
    assert "Traceback" not in text
    for needle in needles:
        assert needle in text
