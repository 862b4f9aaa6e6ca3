"""Language codes: ISO 639-1/3 → NLLB / M2M100 / spaCy, with clear errors."""
import pytest

from spacy_xner.errors import XnerError
from spacy_xner.languages import lang_token, lookup, model_code, spacy_lang

MASAKHANER2 = "bam bbj ewe fon hau ibo kin lug luo mos nya pcm sna swa tsn twi wol xho yor zul".split()


@pytest.mark.parametrize("code,nllb,m2m", [
    ("ha", "hau_Latn", "ha"), ("hau", "hau_Latn", "ha"), ("hau_Latn", "hau_Latn", "ha"),
    ("sw", "swh_Latn", "sw"), ("swa", "swh_Latn", "sw"), ("de", "deu_Latn", "de"), ("ger", "deu_Latn", "de"),
    ("zh", "zho_Hans", "zh"), ("ar", "arb_Arab", "ar"), ("fa", "pes_Arab", "fa"), ("ms", "zsm_Latn", "ms"),
    ("EN", "eng_Latn", "en"),
])
def test_codes_map(code, nllb, m2m):
    assert model_code(code, "nllb") == nllb
    assert model_code(code, "m2m100") == m2m
    assert lang_token(code, "m2m100") == f"__{m2m}__"


def test_every_masakhaner_language_known(data_dir):
    assert sorted(p.name for p in (data_dir / "masakhaner2").iterdir() if p.is_dir()) == sorted(MASAKHANER2)
    for code in MASAKHANER2:
        lang = lookup(code)
        if code in ("bbj", "pcm"):
            with pytest.raises(XnerError, match="not supported by NLLB"):
                model_code(code, "nllb")
        else:
            assert model_code(code, "nllb").startswith(lang.iso3 if code != "swa" else "swh")


def test_every_panx_language_known(data_dir):
    files = sorted((data_dir / "wikiann-panx" / "xtreme-dev").glob("dev-*.tsv.gz"))
    codes = [p.name[4:-7] for p in files] + ["th"]
    assert len(codes) >= 40
    for code in codes:
        assert model_code(code, "nllb")  # every PAN-X language is in NLLB-200


def test_nllb_codes_exist_in_the_nllb_tokenizer():
    from transformers.models.nllb.tokenization_nllb import FAIRSEQ_LANGUAGE_CODES as NLLB
    from transformers.models.m2m_100.tokenization_m2m_100 import FAIRSEQ_LANGUAGE_CODES as M2M
    from spacy_xner.languages import LANGUAGES

    for lang in LANGUAGES:
        assert lang.nllb is None or lang.nllb in NLLB, lang
        assert lang.m2m100 is None or lang.m2m100 in M2M["m2m100"], lang


def test_unknown_and_unsupported():
    with pytest.raises(XnerError, match="unknown language code 'qq'"):
        lookup("qq")
    with pytest.raises(XnerError, match="kin.*not supported by M2M100"):
        model_code("kin", "m2m100")


def test_spacy_language_fallback():
    assert spacy_lang("de") == "de" and spacy_lang("yor") == "yo"
    assert spacy_lang("hau") == "xx"  # spaCy has no Hausa
