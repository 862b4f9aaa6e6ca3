"""spacy-xner: projection-based cross-lingual NER for spaCy.

Importing the package loads nothing heavy, so ``xner`` handles a Ctrl-C while spaCy loads. The Doc
extensions are installed by ``spacy_xner.docs``, which every reader, writer and component imports.

The package is built in floors; a module imports only from its own floor and the ones below (checked by
``lint-imports``, pyproject.toml's ``[tool.importlinter]``, in tests/test_architecture.py), top to bottom:

- ``cli``: the ``xner`` commands; with ``pipeline/presets.py`` (the CLI's words as config blocks), the only
  code that knows flag names;
- ``visualize``: the HTML view (``xner show``);
- ``pipeline``: running a stage over a corpus (chunks, output, summary, resume, Ray), building components
  from configs, and the presets;
- ``components``: the spaCy components ``xner_translator``, ``xner_aligner``, ``xner_projector``;
- ``evaluation``: scorers and reports;
- ``ner``, ``projection``, ``alignment``, ``translation``: the parts of each step, registered by role;
- ``corpora``: reading and writing corpora (DocBins, text formats, pairing);
- the ground floor: ``docs`` (Doc extensions), ``ty`` (types and capability Protocols), ``reasons``,
  ``languages``, ``hub`` (model loading), ``registry``, ``io``, ``cache``, ``accounting``, ``processes``,
  ``compat`` (spaCy and srsly internals), ``text``, ``errors``.
"""
__version__ = "0.1.0"
