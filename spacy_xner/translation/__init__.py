"""Translation: one ``Translator`` interface (``ty.py``) with HF seq2seq (``hf``), CTranslate2
(``ctranslate2``) and given-translation (``given``) sources; language codes (``languages``);
Doc-level machine translation with a resumable cache (``machine``); marker translation
(``markers``) and the NMT score (``nmt_score``). Registered constructors are in ``registry``."""
