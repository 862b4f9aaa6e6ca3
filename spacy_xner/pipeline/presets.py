"""The presets behind the CLI's words: ``--aligner simalign``, ``--backend ctranslate2``, ``--method ngram``,
``--ner-model PATH`` turned into the config blocks the registered parts take.

The one module that knows the commands' option names (its errors name them); the parts' defaults stay with
their registered functions and the components' default configs (``DEFAULT_ALIGNER``, ``DEFAULT_PROJECTION``).
"""
from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Optional

from spacy.util import registry

from ..alignment.backtranslation import COMBINATIONS
from ..alignment.registry import DEFAULT_ALIGNER
from ..errors import XnerError
from ..ner import registry as _ner_registry  # noqa: F401  (registers the taggers and selectors)
from ..ner.self_training import SentenceSelector
from ..ner.tagging import Tagger
from ..projection.registry import DEFAULT_PROJECTION
from .build import build_component, component_config

# --- aligners: xner align --aligner, xner label --aligner, --refine-aligner

ALIGNERS = {
    "eflomal": DEFAULT_ALIGNER,  # its settings: the defaults of EflomalAligner.v2
    "simalign": {"@xner_aligners": "spacy_xner.NeuralAligner.v1", "method": "itermax"},
    "awesome": {"@xner_aligners": "spacy_xner.NeuralAligner.v1", "method": "softmax"},
}
EFLOMAL_OPTIONS = {"symmetrization": "--symmetrize", "similar_words": "--similar-words", "prefix_len": "--prefix-len",
                   "runs": "--runs"}
NEURAL_OPTIONS = {"method": "--method", "model": "--model", "layer": "--layer", "token_type": "--token-type",
                  "threshold": "--threshold", "filter_punct": "--filter-punct", "device": "--device",
                  "batch_size": "--batch-size"}


def aligner_config(aligner: Optional[str] = None, base: Optional[dict[str, Any]] = None, **settings: Any) -> dict[str, Any]:
    """The ``aligner`` block of ``xner align``: the named aligner's (else ``base``, else eflomal's) with
    the settings given (``None``: unchanged). A setting of the other kind of aligner is an error."""
    if aligner is not None and aligner not in ALIGNERS:
        raise XnerError(f"unknown --aligner {aligner!r}; expected {', '.join(ALIGNERS)}")
    block = dict(ALIGNERS[aligner] if aligner is not None else base or ALIGNERS["eflomal"])
    neural = str(block.get("@xner_aligners", "")).startswith("spacy_xner.NeuralAligner")
    own, other = (NEURAL_OPTIONS, EFLOMAL_OPTIONS) if neural else (EFLOMAL_OPTIONS, NEURAL_OPTIONS)
    given = {key: value for key, value in settings.items() if value is not None}
    misplaced = [other.get(key, key) for key in given if key not in own]
    if misplaced:
        raise XnerError(f"{', '.join(misplaced)}: for --aligner {'simalign/awesome' if not neural else 'eflomal'} only")
    block.update(given)
    if aligner in ("simalign", "awesome") and (aligner == "awesome") != (block["method"] == "softmax"):
        raise XnerError(f"--method {block['method']} does not belong to --aligner {aligner}")
    return block


REFINE_ALIGNERS = {"same-language": {"@xner_aligners": "spacy_xner.SameLanguageAligner.v1"},
                   "simalign": ALIGNERS["simalign"], "awesome": ALIGNERS["awesome"]}


def refinement_config(translator: dict[str, Any], aligner: Optional[str] = None, combination: Optional[str] = None,
                      **settings: Any) -> dict[str, Any]:
    """The ``refine`` block of ``xner align --refine backtranslation`` / ``xner label --refine``: the
    ``translator`` block (into the target language), T′ ↔ T aligned by ``aligner`` (default: the
    same-language one; simalign/awesome take ``model``/``layer``/``device`` settings), ``combination``
    with the direct links; ``None`` settings keep the registered defaults."""
    if aligner is not None and aligner not in REFINE_ALIGNERS:
        raise XnerError(f"unknown --refine-aligner {aligner!r}; expected {', '.join(REFINE_ALIGNERS)}")
    if combination is not None and combination not in COMBINATIONS:
        raise XnerError(f"unknown --combine {combination!r}; expected {', '.join(COMBINATIONS)}")
    neural = {key: settings.pop(key) for key in ("model", "layer", "device") if key in settings}
    block: dict[str, Any] = {"@xner_refiners": "spacy_xner.BacktranslationRefinement.v1", "translator": translator}
    if aligner in ("simalign", "awesome"):
        block["aligner"] = aligner_config(aligner, **neural)
    elif aligner is not None:
        block["aligner"] = dict(REFINE_ALIGNERS[aligner])
    block.update({key: value for key, value in {"combination": combination, **settings}.items() if value is not None})
    return block


# --- translators: xner translate --backend/--given, xner label, --refine-backend

BACKENDS = {
    "hf": {"@xner_translators": "spacy_xner.HFTranslator.v1"},
    "ctranslate2": {"@xner_translators": "spacy_xner.CT2Translator.v1"},
}
CT2_ONLY = ("compute_type",)


def translator_config(backend: Optional[str] = None, base: Optional[dict[str, Any]] = None, given: Optional[str] = None,
                      id_format: Optional[str] = None, **settings: Any) -> dict[str, Any]:
    """The ``translator`` block of ``xner translate``: given translations, the named backend's model
    (else ``base``, else HF), with the settings given (``None``: unchanged)."""
    settings = {key: value for key, value in settings.items() if value is not None}
    if given is not None:
        if settings or backend is not None:
            raise XnerError(f"--given takes no model options (got {', '.join(settings) or '--backend'})")
        return {"@xner_translators": "spacy_xner.GivenTranslations.v1", "path": given,
                **({"id_format": id_format} if id_format is not None else {})}
    if id_format is not None:
        raise XnerError("--id-format applies to --given translations only")
    if backend is not None and backend not in BACKENDS:
        raise XnerError(f"unknown backend '{backend}' ({', '.join(BACKENDS)})")
    block = dict(BACKENDS[backend] if backend is not None else base or BACKENDS["hf"])
    if block["@xner_translators"] != BACKENDS["ctranslate2"]["@xner_translators"]:
        for key in CT2_ONLY:
            if key in settings:
                raise XnerError(f"--{key.replace('_', '-')} applies to --backend ctranslate2 only")
    block.update(settings)
    return block


# --- projections: xner project --method/--solver, xner label

CANDIDATES = {
    "ngram": DEFAULT_PROJECTION["candidates"],
    "aligned": {"@xner_candidates": "spacy_xner.AlignedRangeCandidates.v1"},
    "ner": {"@xner_candidates": "spacy_xner.NerCandidates.v1"},  # + the tagger block
}
METHODS = ("heuristic", *CANDIDATES)
SOLVERS = {"greedy": {"@xner_solvers": "spacy_xner.GreedySolver.v1"}, "ilp": {"@xner_solvers": "spacy_xner.ILPSolver.v1"}}


def method_config(method: Optional[str] = None, solver: Optional[str] = None, tagger: Optional[dict] = None,
                  string_score: bool = True) -> dict:
    """The ``projection`` block of a named method and solver (``None``: the default projection's).

    ``ner`` (the paper's "NER cand."): the spans the ``tagger`` block's NER predicts on the target. Candidate
    methods score by alignment plus, with ``string_score``, the entity's string similarity.
    """
    if solver is not None and solver not in SOLVERS:
        raise XnerError(f"unknown solver {solver!r}; choose from {', '.join(SOLVERS)}")
    if method is not None and method not in METHODS:
        raise XnerError(f"unknown method {method!r}; choose from {', '.join(METHODS)}")
    if method == "heuristic":
        return {"@xner_projections": "spacy_xner.HeuristicProjection.v1"}
    block = copy.deepcopy(DEFAULT_PROJECTION)
    if method is not None:
        block["candidates"] = dict(CANDIDATES[method])
    if method == "ner":
        if tagger is None:
            raise XnerError("the ner method needs a tagger block: the NER that finds candidates on the target")
        block["candidates"]["tagger"] = tagger
    if solver is not None:
        block["solver"] = dict(SOLVERS[solver])
    if not string_score:
        block["scores"]["string"] = None
    return block


def projector_config(method: Optional[str] = None, solver: Optional[str] = None, config: Optional[str] = None,
                     ner_model: Optional[str] = None, string_score: bool = True, drop_incomplete: bool = False,
                     overrides: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """The ``xner_projector`` config of ``xner project``'s options: a method preset (default: the best
    measured) or a config file (not both), ``drop_incomplete``, then dotted ``overrides``."""
    if config is not None and (method is not None or solver is not None):
        raise XnerError("give either --method/--solver or --config, not both")
    if method == "ner" and ner_model is None:
        raise XnerError("--method ner needs a NER model for the target sentences: pass --ner-model")
    tagger = tagger_config(ner_model) if method == "ner" else None
    settings = {} if config is not None else {"projection": method_config(method, solver, tagger, string_score)}
    if drop_incomplete:
        settings["drop_incomplete"] = True
    return component_config(config, settings, overrides or {})


def build_projector(method: Optional[str] = None, solver: Optional[str] = None, config: Optional[str] = None,
                    ner_model: Optional[str] = None, string_score: bool = True, drop_incomplete: bool = False,
                    overrides: Optional[dict[str, Any]] = None):
    """The ``xner_projector`` component of ``projector_config`` (same arguments)."""
    settings = projector_config(method, solver, config, ner_model, string_score, drop_incomplete, overrides)
    return build_component("xner_projector", settings, config)


# --- NER: --ner-model, xner self-label's selector

def tagger_config(model: str) -> dict:
    """The config block of the tagger for ``model``: a spaCy pipeline directory (it has ``meta.json``
    and ``config.cfg``) or else a Hugging Face model."""
    path = Path(model)
    if (path / "meta.json").is_file() and (path / "config.cfg").is_file():
        return {"@xner_taggers": "spacy_xner.SpacyTagger.v1", "model": str(path.resolve())}
    return {"@xner_taggers": "spacy_xner.HFTagger.v1", "model": str(path.resolve()) if path.exists() else model}


def build_tagger(model: str) -> Tagger:
    return registry.resolve({"tagger": tagger_config(model)})["tagger"]


def build_selector(**settings) -> SentenceSelector:
    """The default self-training selector with the settings that are not ``None`` (the others: its defaults)."""
    block = {"@xner_selectors": "spacy_xner.BeamConfidence.v1", **{k: v for k, v in settings.items() if v is not None}}
    return registry.resolve({"selector": block})["selector"]
