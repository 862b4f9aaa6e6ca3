"""The one place that maps the language codes users write (ISO 639-1/3) onto each model's codes.

Users write ``ha``, ``hau`` or ``hau_Latn``; NLLB wants ``hau_Latn``, M2M100 ``ha`` (token
``__ha__``), spaCy a language class (its multi-language ``xx`` where spaCy has none). Any ISO 639-1/-3
code is accepted (pycountry's ISO 639-3 table); the model codes are known for the 20 MasakhaNER 2.0
languages, the PAN-X (XTREME) languages and en/de/es/it/nl, and an NLLB code (``swe_Latn``) is
taken as written. The code the user gave stays on the Docs (``xner_lang``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .errors import XnerError


@dataclass(frozen=True)
class Language:
    iso3: str
    iso1: Optional[str]
    nllb: Optional[str]
    m2m100: Optional[str]
    aliases: tuple[str, ...] = ()


def _l(iso3: str, iso1: Optional[str], nllb: Optional[str], m2m100: Optional[str] = "", *aliases: str) -> Language:
    # M2M100 uses ISO 639-1 where it has the language; "" means "same as iso1"
    return Language(iso3, iso1, nllb, iso1 if m2m100 == "" else m2m100, aliases)


LANGUAGES: tuple[Language, ...] = (
    # MasakhaNER 2.0
    _l("bam", "bm", "bam_Latn", None),
    _l("bbj", None, None, None),  # Ghomálá': in neither NLLB nor M2M100
    _l("ewe", "ee", "ewe_Latn", None),
    _l("fon", None, "fon_Latn", None),
    _l("hau", "ha", "hau_Latn"),
    _l("ibo", "ig", "ibo_Latn"),
    _l("kin", "rw", "kin_Latn", None),
    _l("lug", "lg", "lug_Latn"),
    _l("luo", None, "luo_Latn", None),
    _l("mos", None, "mos_Latn", None),
    _l("nya", "ny", "nya_Latn", None),
    _l("pcm", None, None, None),  # Nigerian Pidgin: in neither
    _l("sna", "sn", "sna_Latn", None),
    _l("swa", "sw", "swh_Latn", "sw", "swh"),
    _l("tsn", "tn", "tsn_Latn"),
    _l("twi", "tw", "twi_Latn", None, "aka", "ak"),
    _l("wol", "wo", "wol_Latn"),
    _l("xho", "xh", "xho_Latn"),
    _l("yor", "yo", "yor_Latn"),
    _l("zul", "zu", "zul_Latn"),
    # PAN-X / XTREME and the European evaluation languages
    _l("afr", "af", "afr_Latn"),
    _l("amh", "am", "amh_Ethi"),
    _l("ara", "ar", "arb_Arab", "ar", "arb"),
    _l("aze", "az", "azj_Latn", "az", "azj"),
    _l("bul", "bg", "bul_Cyrl"),
    _l("ben", "bn", "ben_Beng"),
    _l("deu", "de", "deu_Latn", "de", "ger"),
    _l("ell", "el", "ell_Grek", "el", "gre"),
    _l("eng", "en", "eng_Latn"),
    _l("spa", "es", "spa_Latn"),
    _l("est", "et", "est_Latn", "et", "ekk"),
    _l("eus", "eu", "eus_Latn", None, "baq"),
    _l("fas", "fa", "pes_Arab", "fa", "pes", "per"),
    _l("fin", "fi", "fin_Latn"),
    _l("fra", "fr", "fra_Latn", "fr", "fre"),
    _l("guj", "gu", "guj_Gujr"),
    _l("heb", "he", "heb_Hebr"),
    _l("hin", "hi", "hin_Deva"),
    _l("hun", "hu", "hun_Latn"),
    _l("ind", "id", "ind_Latn"),
    _l("ita", "it", "ita_Latn"),
    _l("jpn", "ja", "jpn_Jpan"),
    _l("jav", "jv", "jav_Latn"),
    _l("kat", "ka", "kat_Geor", "ka", "geo"),
    _l("kaz", "kk", "kaz_Cyrl"),
    _l("kor", "ko", "kor_Hang"),
    _l("lit", "lt", "lit_Latn"),
    _l("mal", "ml", "mal_Mlym"),
    _l("mar", "mr", "mar_Deva"),
    _l("msa", "ms", "zsm_Latn", "ms", "zsm", "may"),
    _l("mya", "my", "mya_Mymr", "my", "bur"),
    _l("nld", "nl", "nld_Latn", "nl", "dut"),
    _l("pan", "pa", "pan_Guru"),
    _l("pol", "pl", "pol_Latn"),
    _l("por", "pt", "por_Latn"),
    _l("que", "qu", "quy_Latn", None, "quy"),
    _l("ron", "ro", "ron_Latn", "ro", "rum"),
    _l("rus", "ru", "rus_Cyrl"),
    _l("tam", "ta", "tam_Taml"),
    _l("tel", "te", "tel_Telu", None),
    _l("tha", "th", "tha_Thai"),
    _l("tgl", "tl", "tgl_Latn", "tl", "fil"),
    _l("tur", "tr", "tur_Latn"),
    _l("ukr", "uk", "ukr_Cyrl"),
    _l("urd", "ur", "urd_Arab"),
    _l("vie", "vi", "vie_Latn"),
    _l("zho", "zh", "zho_Hans", "zh", "chi", "cmn"),
)

SCHEMES = ("nllb", "m2m100")


@lru_cache(maxsize=None)
def _index() -> dict[str, Language]:
    index: dict[str, Language] = {}
    for lang in LANGUAGES:
        for code in (lang.iso3, lang.iso1, lang.nllb, *lang.aliases):
            if code:
                index[code.lower()] = lang
    return index


MULTI = "xx"  # spaCy's multi-language class, for a corpus of no one language
_NLLB_CODE = re.compile(r"^([a-z]{3})_[A-Z][a-z]{3}$")


def lookup(code: str) -> Language:
    """The language behind an ISO 639-1/3 code (or an NLLB code); ``XnerError`` for an unknown one."""
    key = code.strip().lower()
    lang = _index().get(key)
    if lang is not None:
        return lang
    nllb = _NLLB_CODE.match(code.strip())
    iso = _iso639(nllb.group(1) if nllb else key)
    if iso is None:
        raise XnerError(f"unknown language code '{code}' (use ISO 639-1/3 such as 'ha' or 'hau')")
    return Language(iso.alpha_3, getattr(iso, "alpha_2", None), code.strip() if nllb else None, None)


@lru_cache(maxsize=None)
def _iso639(code: str):
    import pycountry

    if len(code) == 2:
        return pycountry.languages.get(alpha_2=code)
    if len(code) == 3:
        return pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
    return None


def model_code(code: str, scheme: str) -> str:
    """The code a model family uses for a language, with a clear error where it lacks the language."""
    if scheme not in SCHEMES:
        raise XnerError(f"unknown language-code scheme '{scheme}' (one of {', '.join(SCHEMES)})")
    lang = lookup(code)
    mapped = getattr(lang, scheme)
    if mapped is None:
        hint = f"; give its NLLB code as the model knows it (e.g. {lang.iso3}_Latn)" if scheme == "nllb" else ""
        raise XnerError(f"language '{code}' ({lang.iso3}) is not supported by {scheme.upper()} models{hint}")
    return mapped


def lang_token(code: str, scheme: str) -> str:
    """The vocabulary token that selects the language: ``hau_Latn`` (NLLB), ``__ha__`` (M2M100)."""
    mapped = model_code(code, scheme)
    return f"__{mapped}__" if scheme == "m2m100" else mapped


@lru_cache(maxsize=None)
def spacy_lang(code: str) -> str:
    """The spaCy language whose tokenizer splits this language's text; ``xx`` where spaCy has none
    (or where its tokenizer needs a package that is not installed, e.g. Japanese/Thai)."""
    import spacy.util

    if code.strip().lower() == MULTI:
        return MULTI
    lang = lookup(code)
    for candidate in (lang.iso1, lang.iso3):
        if not candidate:
            continue
        try:
            language = spacy.util.get_lang_class(candidate)
            if language.default_config["nlp"]["tokenizer"]["@tokenizers"] != "spacy.Tokenizer.v1":
                spacy.blank(candidate)  # its own segmenter, which may need a package; else no spacy.blank,
                # whose first call loads every plugin's registry entries (seconds, and torch's memory)
        except ImportError:  # no such language class, or its segmenter package is missing
            continue
        return candidate
    return MULTI
