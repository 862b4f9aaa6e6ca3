"""eflomal aligner on real data: AER, priors for small batches, token hygiene, bitext files."""
import gzip

import pytest

from spacy_xner.alignment.bitext import parse_bitext_option, read_bitext
from spacy_xner.alignment.gold import read_gold, read_tokenized, score
from spacy_xner.alignment.registry import eflomal_aligner
from spacy_xner.errors import InputError


@pytest.fixture(scope="module")
def bicici(data_dir):
    d = data_dir / "word-alignment-gold" / "deen-bicici100"
    pairs = list(zip(read_tokenized(d / "test.de"), read_tokenized(d / "test.en")))
    return pairs, read_gold(d / "de-en.ref.wa", "naacl")


@pytest.fixture(scope="module")
def tatoeba_de_en(data_dir, tmp_path_factory):
    """The first 2500 Tatoeba de-en pairs, through ``read_bitext`` like any --bitext."""
    d = data_dir / "parallel-en-de-es-it" / "tatoeba-test-v2021-08-07"
    out = tmp_path_factory.mktemp("bitext")
    for name in ("deu-eng.deu", "deu-eng.eng"):
        lines = gzip.decompress((d / f"{name}.gz").read_bytes()).decode("utf-8").split("\n")[:2500]
        (out / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_bitext(out / "deu-eng.deu", out / "deu-eng.eng", "de", "en")


def diagonal(pairs):
    return [[(i, round(i * (len(t) - 1) / max(len(s) - 1, 1))) for i in range(len(s))] for s, t in pairs]


def test_eflomal_beats_diagonal_baseline(bicici):
    pairs, gold = bicici
    aer = score(eflomal_aligner(n_samplers=2)(pairs), gold).aer
    assert aer < 0.5
    assert aer < score(diagonal(pairs), gold).aer - 0.1


@pytest.mark.slow
def test_priors_help_a_small_batch(bicici, tatoeba_de_en):
    pairs, gold = bicici
    few, few_gold = pairs[:12], gold[:12]
    plain = score(eflomal_aligner(n_samplers=2)(few), few_gold).aer
    learned = eflomal_aligner(n_samplers=2)
    learned.learn_priors(pairs[12:] + tatoeba_de_en)
    assert learned.priors and learned.priors.startswith("LEX\t")
    with_priors = score(learned(few), few_gold).aer
    assert with_priors < plain - 0.05


def test_token_hygiene_keeps_indices():
    aligner = eflomal_aligner(n_samplers=1)
    src = ["New York", "", "is", "big", "."] * 3
    tgt = ["New_York", "x", "ist", "groß", "."] * 3
    pairs = [(src, tgt)] * 20 + [([], ["a"]), (["a"] * 1100, ["b"] * 1100), (["日本", "は", "大きい"], ["Japan", "is", "big"])]
    out = aligner(pairs)
    assert len(out) == len(pairs)
    assert all(l.src < len(src) and l.tgt < len(tgt) for l in out[0])
    assert out[20] == [] and out[21] == []  # empty side / too long: no links (counted as skips by align_docs)
    assert all(l.src < 3 and l.tgt < 3 for l in out[22])


def test_bitext_files(tmp_path):
    src, tgt = tmp_path / "a.en.gz", tmp_path / "a.de"
    src.write_bytes(gzip.compress("The house .\nA tree\u2028 grows .\n".encode("utf-8")))
    tgt.write_text("Das Haus .\nEin Baum wächst .\n", encoding="utf-8")
    pairs = read_bitext(*parse_bitext_option(f"{src}:{tgt}"), "en", "de")
    assert len(pairs) == 2 and pairs[0] == (["The", "house", "."], ["Das", "Haus", "."])
    tgt.write_text("Das Haus .\n", encoding="utf-8")
    with pytest.raises(InputError, match="line-parallel"):
        read_bitext(src, tgt, "en", "de")
    with pytest.raises(InputError, match="SRC_PATH:TGT_PATH"):
        parse_bitext_option("only-one-file")
