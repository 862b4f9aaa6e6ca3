"""Word alignment: pairs of word lists in, ``Link`` lists out (the ``Aligner`` protocol of ``ty.py``).

- ``eflomal``: eflomal (corpus-level, priors), ``neural``: batched SimAlign/AWESoME-style;
- ``extraction``: argmax / itermax / match / softmax on similarity matrices;
- ``links``: symmetrization, combination with a back-translation alignment, composition, filters;
- ``gold``: gold-alignment readers and P/R/F1/AER; ``bitext``: extra parallel text;
- ``doc_pairs``: aligning Docs with their translations (component and CLI); ``registry``: config names.
"""
