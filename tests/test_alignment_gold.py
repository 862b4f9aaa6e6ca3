"""Gold readers on every shared gold set, P/R/F1/AER by hand, bad input, evaluate-alignment CLI."""
import json

import pytest
from typer.testing import CliRunner

from spacy_xner.alignment.gold import GoldAlignment, detect_format, read_gold, read_parallel_text, read_tokenized, score, snums
from spacy_xner.cli import app
from spacy_xner.errors import InputError
from spacy_xner.ty import Link

# (path, format, sentences, sure links, possible-only links) — counts from word-alignment-gold/SOURCE.md
GOLD_SETS = [
    ("enfr/enfr.gold", "pharaoh1", 447, 4038, 13400),
    ("roen/roen.gold", "pharaoh1", 248, 6198, 0),
    ("jaen/jaen.gold", "pharaoh1", 582, 13562, 0),
    ("zhen/zhen.gold", "pharaoh1", 450, 11238, 178),
    ("deen-bicici100/de-en.ref.wa", "naacl", 100, 1233, 0),
    ("deen-bicici100/de-en.wa", "pharaoh", 100, 1233, 0),
    ("deen-simalign-sample/sample_eng_deu.gold", "tsv", 5, 90, 17),
]


@pytest.mark.parametrize("rel,fmt,n,sure,possible", GOLD_SETS)
def test_gold_readers(data_dir, rel, fmt, n, sure, possible):
    gold = read_gold(data_dir / "word-alignment-gold" / rel, fmt)
    assert len(gold) == n
    assert sum(len(g.sure) for g in gold) == sure
    assert sum(len(g.possible - g.sure) for g in gold) == possible


def test_two_bicici_formats_agree(data_dir):
    d = data_dir / "word-alignment-gold" / "deen-bicici100"
    assert [g.sure for g in read_gold(d / "de-en.ref.wa", "auto")] == [g.sure for g in read_gold(d / "de-en.wa", "auto")]
    assert detect_format(d / "de-en.ref.wa") == "naacl"


def test_enhi_sgml_ids_and_text(data_dir):
    d = data_dir / "word-alignment-gold" / "enhi-wpt05"
    ids = snums(d / "test.eng")
    gold = read_gold(d / "test.eng.hin.wa", "naacl1", ids)
    eng, hin = read_tokenized(d / "test.eng", "sgml"), read_tokenized(d / "test.hin", "sgml")
    assert len(gold) == len(eng) == len(hin) == 90
    assert sum(len(g.sure) for g in gold) == 1409
    outside = [(k, i, j) for k, (g, e, h) in enumerate(zip(gold, eng, hin)) for i, j in g.sure if i >= len(e) or j >= len(h)]
    assert outside == [(ids.index(68), 32, 33)]  # one upstream link points past the Hindi sentence's end


def test_texts_fit_their_gold(data_dir):
    g = data_dir / "word-alignment-gold"
    pairs = read_parallel_text(g / "enfr" / "enfr.src-tgt", "fastalign")
    gold = read_gold(g / "enfr" / "enfr.gold", "pharaoh1")
    assert all(i < len(s) and j < len(t) for (s, t), a in zip(pairs, gold) for i, j in a.possible)
    jsonl = g / "binaryalign-processed" / "valid" / "en-es" / "es_golden.jsonl"
    pairs, gold = read_parallel_text(jsonl, "jsonl"), read_gold(jsonl)
    assert len(pairs) == len(gold) == 10
    de = read_tokenized(g / "deen-bicici100" / "test.de")
    assert not de[0][0].startswith("\ufeff")  # BOM stripped


def test_scores_by_hand():
    gold = [GoldAlignment({(0, 0), (1, 1)}, {(0, 0), (1, 1), (1, 2)})]
    pred = [[Link(0, 0), Link(1, 2), Link(2, 2)]]
    s = score(pred, gold)
    # |A|=3 |S|=2 |A∩S|=1 |A∩P|=2 -> P=2/3 R=1/2 AER=1-(1+2)/(3+2)=0.4
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(0.5)
    assert s.aer == pytest.approx(0.4) and s.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert score([[(0, 0), (1, 1)]], gold).aer == 0.0


def test_bad_gold_input(tmp_path):
    bad = tmp_path / "bad.gold"
    bad.write_text("0-0 1-1\n0-x\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_gold(bad, "pharaoh")
    assert err.value.line == 2 and "0-x" in str(err.value)
    naacl = tmp_path / "bad.wa"
    naacl.write_text("1 0 0 S\n1 0 Q\n", encoding="utf-8")
    with pytest.raises(InputError, match=":2"):
        read_gold(naacl, "naacl")
    with pytest.raises(InputError, match="not found"):
        read_gold(tmp_path / "missing.gold")
    with pytest.raises(InputError, match="unknown gold format"):
        read_gold(bad, "xml")


def test_evaluate_alignment_cli(tmp_path, data_dir):
    gold = data_dir / "word-alignment-gold" / "deen-simalign-sample" / "sample_eng_deu.gold"
    sure_only = [" ".join(f"{i}-{j}" for i, j in sorted(g.sure)) for g in read_gold(gold, "tsv")]
    pred = tmp_path / "pred.txt"
    pred.write_text("\n".join(sure_only) + "\n", encoding="utf-8")
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["evaluate-alignment", str(pred), str(gold), "--format", "tsv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text())
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0 and scores["aer"] == 0.0
    pred.write_text("0-0\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate-alignment", str(pred), str(gold)])
    assert result.exit_code != 0 and "1 sentence pairs" in str(result.exception)
