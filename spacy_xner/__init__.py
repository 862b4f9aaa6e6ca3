"""spacy-xner: projection-based cross-lingual NER for spaCy.

Importing the package loads nothing heavy, so ``xner`` handles a Ctrl-C while spaCy loads. The Doc
extensions are installed by ``spacy_xner.docs``, which every reader, writer and component imports.
"""
__version__ = "0.1.0"
