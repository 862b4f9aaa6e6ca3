"""HF and CTranslate2 backends on the tiny random fixture models."""
import pytest

from spacy_xner.errors import XnerError
from spacy_xner.translation.registry import hf_translator

TEXTS = ["EU rejects German call to boycott British lamb.", "Peter Blackburn", "", "The European Commission said on Thursday it disagreed."]


@pytest.fixture(scope="module")
def hf_greedy(tiny_nllb_dir):
    return hf_translator(str(tiny_nllb_dir), beam_size=1, max_length=12, batch_size=2)


def test_hf_translates_every_text_in_order(hf_greedy):
    out = hf_greedy(TEXTS, "en", "de")
    assert len(out) == len(TEXTS)
    assert all(isinstance(t, str) and t for i, t in enumerate(out) if i != 2)
    assert out[2] == ""  # an empty text is not sent to the model
    # length-sorted batching must give the same output as one text at a time
    assert out == [hf_greedy([t], "en", "de")[0] for t in TEXTS]


def test_hf_forces_the_target_language_token(hf_greedy, monkeypatch):
    hf_greedy.load()
    tok, model = hf_greedy.tokenizer, hf_greedy._model
    seen = {}
    real_generate = model.generate

    def spy(**kwargs):
        seen.update(kwargs)
        return real_generate(**kwargs)

    monkeypatch.setattr(model, "generate", spy)
    hf_greedy(["Peter Blackburn"], "eng", "hau")
    assert seen["forced_bos_token_id"] == tok.convert_tokens_to_ids("hau_Latn") != tok.unk_token_id
    assert tok.convert_ids_to_tokens(seen["input_ids"][0].tolist())[0] == "eng_Latn"
    hf_greedy(["Peter Blackburn"], "de", "sw")
    assert seen["forced_bos_token_id"] == tok.convert_tokens_to_ids("swh_Latn")
    assert tok.convert_ids_to_tokens(seen["input_ids"][0].tolist())[0] == "deu_Latn"


def test_m2m100_codes(tiny_m2m100_dir):
    tr = hf_translator(str(tiny_m2m100_dir), beam_size=1, max_length=6)
    assert len(tr(["Peter Blackburn"], "en", "de")) == 1
    with pytest.raises(XnerError, match="not supported by M2M100"):
        tr(["x"], "en", "kin")


def test_language_the_model_lacks(hf_greedy):
    with pytest.raises(XnerError, match="pcm.*not supported by NLLB"):
        hf_greedy(["x"], "en", "pcm")
    with pytest.raises(XnerError, match="unknown language"):
        hf_greedy(["x"], "en", "klingon")


def test_missing_model_path_and_offline_hub_name(tmp_path):
    with pytest.raises(XnerError, match="not found"):
        hf_translator(str(tmp_path / "nope"))(["x"], "en", "de")
    with pytest.raises(XnerError, match="huggingface-cli download facebook/nllb-200-distilled-600M"):
        hf_translator("facebook/nllb-200-distilled-600M")(["x"], "en", "de")


def test_ct2_greedy_matches_hf(hf_greedy, tiny_nllb_dir, tiny_m2m100_dir, tmp_path):
    pytest.importorskip("ctranslate2")
    from spacy_xner.translation.registry import ct2_translator

    ct2 = ct2_translator(str(tiny_nllb_dir), compute_type="float32", beam_size=1, max_length=12, convert_dir=str(tmp_path))
    assert ct2(TEXTS, "en", "de") == hf_greedy(TEXTS, "en", "de")
    assert ct2(TEXTS, "en", "yo") == hf_greedy(TEXTS, "en", "yo")
    hf_m2m = hf_translator(str(tiny_m2m100_dir), beam_size=1, max_length=8)
    ct2_m2m = ct2_translator(str(tiny_m2m100_dir), compute_type="float32", beam_size=1, max_length=8, convert_dir=str(tmp_path))
    assert ct2_m2m(TEXTS, "en", "de") == hf_m2m(TEXTS, "en", "de")
    # converted once: a second translator reuses the cached conversion
    converted = list(tmp_path.iterdir())
    ct2_translator(str(tiny_nllb_dir), compute_type="float32", convert_dir=str(tmp_path)).load()
    assert list(tmp_path.iterdir()) == converted


def test_marian_single_pair_model(tiny_marian_dir, tmp_path):
    hf = hf_translator(str(tiny_marian_dir), beam_size=1, max_length=8)
    out = hf(TEXTS, "en", "de")  # no language token: the pair is fixed by the model
    assert len(out) == len(TEXTS) and out[2] == "" and all(out[:2])
    pytest.importorskip("ctranslate2")
    from spacy_xner.translation.registry import ct2_translator

    ct2 = ct2_translator(str(tiny_marian_dir), compute_type="float32", beam_size=1, max_length=8, convert_dir=str(tmp_path))
    assert ct2(TEXTS, "en", "de") == out
