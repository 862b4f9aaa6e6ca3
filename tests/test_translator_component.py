"""The xner_translator component and `xner translate` on real CoNLL-2003 sentences and the tiny model."""
import json

import pytest
import spacy
from spacy.tokens import Doc

from spacy_xner.accounting import StageSummary
from spacy_xner.cache import BatchCache
from spacy_xner.corpora.docbin import read_docbin, vocab_for, write_docbin
from spacy_xner.docs import SOURCE_ID_KEY, get_id, set_id
from spacy_xner.errors import InputError, XnerError
from spacy_xner.translation.machine import translate_docs

N = 24


@pytest.fixture(scope="module")
def conll_docs(data_dir):
    """The first CoNLL-2003 English train sentences with the corpus ids ``en.conll.train:<index>``."""
    docs, words = [], []
    with open(data_dir / "conll2003" / "iob2" / "en.conll.train.tsv", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                continue
            if line:
                words.append(line.split()[0])
            elif words:
                doc = Doc(vocab_for("en"), words=words)
                set_id(doc, f"en.conll.train:{len(docs)}")
                docs.append(doc)
                words = []
                if len(docs) == N:
                    break
    return docs


def _fresh(docs):
    out = []
    for d in docs:
        doc = Doc(vocab_for("en"), words=[t.text for t in d])
        set_id(doc, get_id(d))
        out.append(doc)
    return out


def _nlp(model_dir, **cfg):
    nlp = spacy.blank("en")
    config = {"tgt_lang": "de", "batch_size": 4,
              "translator": {"@xner_translators": "spacy_xner.HFTranslator.v1", "model": str(model_dir), "beam_size": 1, "max_length": 8}}
    config.update(cfg)
    nlp.add_pipe("xner_translator", config=config)
    return nlp


def test_component_sets_target_docs(tiny_nllb_dir, conll_docs):
    nlp = _nlp(tiny_nllb_dir, tgt_lang="yo")
    nlp.initialize()
    docs = list(nlp.pipe(_fresh(conll_docs)))
    for doc in docs:
        tr = doc._.xner_translation
        assert tr is not None and len(tr) > 0 and tr.lang_ == "yo"
        assert get_id(tr) == get_id(doc) == tr.user_data[SOURCE_ID_KEY]
    assert nlp.get_pipe("xner_translator").summary.done == N


def test_component_config_round_trip(tiny_nllb_dir, tmp_path):
    nlp = _nlp(tiny_nllb_dir)
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    tr = loaded.get_pipe("xner_translator").translator
    assert tr.model_name == str(tiny_nllb_dir) and tr.beam_size == 1
    assert loaded(Doc(loaded.vocab, words=["Peter", "Blackburn"]))._.xner_translation is not None


def test_unknown_language_fails_at_construction(tiny_nllb_dir):
    with pytest.raises(XnerError, match="unknown language"):
        _nlp(tiny_nllb_dir, tgt_lang="xyz1")
    nlp = _nlp(tiny_nllb_dir, tgt_lang=None)  # can be assembled without one, but not run
    with pytest.raises(XnerError, match="set tgt_lang"):
        nlp(Doc(nlp.vocab, words=["x"]))


class Counting:
    """Wraps a translator; counts texts translated, and can fail after ``fail_after`` calls."""

    def __init__(self, inner, fail_after=None):
        self.inner, self.fail_after, self.calls, self.texts = inner, fail_after, 0, 0
        self.identity = inner.identity

    def __call__(self, texts, src_lang, tgt_lang):
        if self.fail_after is not None and self.calls >= self.fail_after:
            raise KeyboardInterrupt("killed")
        self.calls += 1
        self.texts += len(texts)
        return self.inner(texts, src_lang, tgt_lang)


def test_cache_resume_after_kill(tiny_nllb_dir, conll_docs, tmp_path):
    from spacy_xner.translation.registry import hf_translator

    hf = hf_translator(str(tiny_nllb_dir), beam_size=1, max_length=8)
    expected = [d.text for d in translate_docs(conll_docs, hf, "en", "de", StageSummary("t"), batch_size=4,
                                                   max_words=200)]

    killed = Counting(hf, fail_after=2)
    with pytest.raises(KeyboardInterrupt):
        translate_docs(conll_docs, killed, "en", "de", StageSummary("t"), batch_size=4, max_words=200, cache=BatchCache(tmp_path))
    resumed, cache = Counting(hf), BatchCache(tmp_path)
    got = translate_docs(conll_docs, resumed, "en", "de", StageSummary("t"), batch_size=4, max_words=200, cache=cache)
    assert [d.text for d in got] == expected
    assert (cache.hits, cache.misses) == (2, N // 4 - 2)
    assert resumed.texts == N - 2 * 4  # only the unfinished batches were translated

    again, cache = Counting(hf), BatchCache(tmp_path)
    assert [d.text for d in translate_docs(conll_docs, again, "en", "de", StageSummary("t"), batch_size=4, max_words=200, cache=cache)] == expected
    assert again.calls == 0 and cache.misses == 0


def test_empty_and_overlong_sentences(tiny_nllb_dir):
    from spacy_xner.translation.registry import hf_translator

    empty = Doc(vocab_for("en"), words=[" "], spaces=[False])
    set_id(empty, "s:0")
    long = Doc(vocab_for("en"), words=["word"] * 1000)
    set_id(long, "s:1")
    summary = StageSummary("t")
    hf = hf_translator(str(tiny_nllb_dir), beam_size=1, max_length=4)
    out = translate_docs([empty, long], hf, "en", "de", summary, batch_size=16, max_words=200)
    assert out[0] is None and summary.skipped == {"empty source sentence": 1}
    assert out[1] is not None and summary.counts["long sentence split"] == 1
    assert summary.done == 1


def _given_hausa(data_dir):
    """A pipeline whose translator looks up the published NLLB Hausa translations by CoNLL id."""
    path = data_dir / "translations" / "conll2003-train" / "hau.nllb200.jsonl.gz"
    nlp = spacy.blank("en")
    nlp.add_pipe("xner_translator", config={
        "tgt_lang": "hau", "translator": {"@xner_translators": "spacy_xner.GivenTranslations.v1", "path": str(path),
                                          "id_format": "en.conll.train:{id}"}})
    return nlp


def test_given_jsonl_pairs_by_id(data_dir, conll_docs):
    nlp = _given_hausa(data_dir)
    docs = list(nlp.pipe(_fresh(conll_docs)))
    first = docs[0]._.xner_translation
    assert [t.text for t in first][:4] == ["EU", "ta", "yi", "watsi"]
    assert get_id(first) == "en.conll.train:0"
    # T-Projection dropped some English sentences: those are counted, not lost
    summary = nlp.get_pipe("xner_translator").summary
    assert summary.done + summary.skipped.get("no given translation", 0) == N
    assert summary.done == sum(d._.xner_translation is not None for d in docs) > N // 2


def test_given_file_errors(tmp_path, conll_docs):
    from spacy_xner.translation.given import GivenTranslations

    bad = tmp_path / "t.jsonl"
    bad.write_text('{"id": 0, "tgt_tokens": ["a"]}\n{"tgt_text": "b"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"t.jsonl:2: missing 'id'"):
        GivenTranslations(bad)
    bad.write_text('{"id": 0, "tgt_text": "a"}\n{"id": 0, "tgt_text": "b"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r":2: duplicate id"):
        GivenTranslations(bad)
    text = tmp_path / "t.txt"
    text.write_text("eins\nzwei\n", encoding="utf-8")
    with pytest.raises(InputError, match="has 2 lines but the input has 24"):
        GivenTranslations(text).check_count(len(conll_docs))
    given = GivenTranslations(text)
    summary = StageSummary("t")
    out = given.pair(conll_docs[:3], "de", summary)
    assert [d.text if d else None for d in out] == ["eins", "zwei", None]
    assert summary.skipped == {"no given translation": 1}


def _xner(xner, *args):
    """``xner ARGS`` in-process (the conftest fixture) as (exit code, stdout + stderr)."""
    result = xner(*args)
    return result.returncode, result.stdout + result.stderr


def test_cli_translate_and_rerun(tiny_nllb_dir, conll_docs, tmp_path, xner):
    src = tmp_path / "en.spacy"
    write_docbin(src, _fresh(conll_docs))
    out = tmp_path / "de.spacy"
    args = ("translate", src, out, "--tgt-lang", "de", "--model", tiny_nllb_dir, "--beam-size", 1,
            "--max-length", 8, "--batch-size", 4)
    code, output = _xner(xner, *args)
    assert code == 0, output
    assert "sentences/s" in output
    docs = read_docbin(out)
    assert len(docs) == N and all(d._.xner_translation is not None for d in docs)
    summary = json.loads((tmp_path / "de.summary.json").read_text())
    assert summary["done"] == N and summary["counts"]["cache_misses"] == N // 4
    code, output = _xner(xner, *args)
    assert code == 0, output
    summary = json.loads((tmp_path / "de.summary.json").read_text())
    assert summary["counts"].get("cache_misses", 0) == 0 and summary["counts"]["cache_hits"] == N // 4
    assert [d._.xner_translation.text for d in read_docbin(out)] == [d._.xner_translation.text for d in docs]


def test_cli_user_errors(tmp_path, conll_docs, xner):
    src = tmp_path / "en.spacy"
    write_docbin(src, _fresh(conll_docs))
    code, output = _xner(xner, "translate", src, tmp_path / "o.spacy", "--tgt-lang", "de", "--model", tmp_path / "nope")
    assert code == 2 and "nope' not found" in output
    code, output = _xner(xner, "translate", src, tmp_path / "o.spacy", "--tgt-lang", "de", "--model", "facebook/nllb-200-3.3B")
    assert code == 2 and "huggingface-cli download facebook/nllb-200-3.3B" in output
    code, output = _xner(xner, "translate", src, tmp_path / "o.spacy", "--tgt-lang", "xyz1")
    assert code == 2 and "unknown language code 'xyz1'" in output
    code, output = _xner(xner, "translate", tmp_path / "none.spacy", tmp_path / "o.spacy", "--tgt-lang", "de")
    assert code == 2 and "none.spacy: file not found" in output
    assert not (tmp_path / "o.spacy").exists()


def test_given_docbin_keeps_its_own_id(tmp_path, conll_docs, xner):
    targets = []
    for i in (0, 2):
        doc = Doc(vocab_for("de"), words=["Satz", str(i)])
        set_id(doc, f"de.given:{i}")
        targets.append(doc)
    given = tmp_path / "de.spacy"
    write_docbin(given, targets)
    src = tmp_path / "en.spacy"
    write_docbin(src, _fresh(conll_docs[:3]))
    out = tmp_path / "out.spacy"
    code, output = _xner(xner, "translate", src, out, "--tgt-lang", "de", "--given", given,
                         "--id-format", "en.conll.train:{index}")
    assert code == 0, output
    docs = read_docbin(out)
    assert [get_id(d._.xner_translation) for d in docs] == ["de.given:0", "de.given:2"]
    assert [d._.xner_translation.user_data[SOURCE_ID_KEY] for d in docs] == ["en.conll.train:0", "en.conll.train:2"]
    summary = json.loads((tmp_path / "out.summary.json").read_text())
    assert summary["skipped"] == {"no given translation": 1}


def test_cli_ctranslate2_backend(tiny_nllb_dir, conll_docs, tmp_path, xner, monkeypatch):
    pytest.importorskip("ctranslate2")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    src = tmp_path / "en.spacy"
    write_docbin(src, _fresh(conll_docs[:8]))
    code, output = _xner(xner, "translate", src, tmp_path / "o.spacy", "--tgt-lang", "de", "--model", tiny_nllb_dir,
                         "--backend", "ctranslate2", "--compute-type", "float32", "--beam-size", 1, "--max-length", 8)
    assert code == 0, output
    assert len(read_docbin(tmp_path / "o.spacy")) == 8
    assert any((tmp_path / "xdg" / "spacy_xner" / "ct2").iterdir())


def test_the_same_doc_twice_gets_the_same_given_translation(data_dir, conll_docs):
    nlp = _given_hausa(data_dir)
    doc = _fresh(conll_docs)[0]
    first = [t.text for t in nlp(doc)._.xner_translation]
    assert [t.text for t in nlp(doc)._.xner_translation] == first


def test_translations_paired_by_order_need_the_whole_corpus(tmp_path, conll_docs):
    from spacy_xner.components.translator import XnerTranslator
    from spacy_xner.translation.given import GivenTranslations

    lines = tmp_path / "t.txt"
    lines.write_text("".join(f"zeile {i}\n" for i in range(3)), encoding="utf-8")
    component = XnerTranslator("t", GivenTranslations(lines), src_lang="en", tgt_lang="de", batch_size=16,
                                    max_words=200, cache_dir=None)
    docs = _fresh(conll_docs[:3])
    with pytest.raises(XnerError, match="paired by order"):
        component(docs[0])
    done, summary = component.translate_corpus(docs[1:], start=1)  # a shard starting at sentence 1
    assert [d._.xner_translation.text for d in done] == ["zeile 1", "zeile 2"] and summary.done == 2
