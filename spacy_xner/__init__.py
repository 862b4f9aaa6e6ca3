"""spacy-xner: projection-based cross-lingual NER for spaCy."""
from .docs import install_extensions

__version__ = "0.1.0"

install_extensions()
