"""``xner project``: aligned pairs in, the projected target corpus out (plus a JSON summary)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ._app import app


@app.command("project")
def project_cli(
    input_path: Path = typer.Argument(..., help="DocBin of source Docs with translations (from xner pair / align)"),
    output_path: Path = typer.Argument(..., help="DocBin of the projected target Docs to write"),
    method: Optional[str] = typer.Option(None, "--method", "-m", help="heuristic | ngram | aligned | ner (default heuristic)"),
    solver: str = typer.Option("greedy", "--solver", "-s", help="greedy | ilp (candidate matching only)"),
    config: Optional[Path] = typer.Option(None, "--config", "-c", help="Projector config file (.cfg with the sections projection and label_map)"),
    pharaoh: Optional[Path] = typer.Option(None, "--pharaoh", help="Alignments, one Pharaoh line per pair in DocBin order (replace those on the Docs)"),
    summary: Optional[Path] = typer.Option(None, "--summary", help="JSON summary (default: OUTPUT with .summary.json)"),
    ner_model: Optional[str] = typer.Option(None, "--ner-model", help="Target NER for --method ner: a spaCy pipeline or a Hugging Face token-classification model (path or hub name)"),
) -> None:
    """Place the source entities on the translations; sentences that can't be projected are counted, not written."""
    from ..accounting import StageSummary, summary_path
    from ..alignment.pharaoh import read_pharaoh
    from ..corpora.docbin import read_docbin, write_docbin
    from ..docs import get_id, set_alignment

    docs = read_docbin(input_path)
    projector = build_projector(method, solver, config, ner_model)
    if pharaoh is not None:
        alignments = read_pharaoh(pharaoh)
        if len(alignments) != len(docs):
            from ..errors import InputError

            raise InputError(pharaoh, f"{len(alignments)} alignment lines for {len(docs)} sentences in {input_path}")
        for doc, links in zip(docs, alignments):
            set_alignment(doc, links)
    stats = StageSummary("project")
    targets = []
    for doc in docs:
        reason = projector.project(doc)
        n_in = len(doc.ents)
        stats.count("entities_in", n_in)
        if reason is not None:
            stats.add_skipped(reason, get_id(doc))
            stats.count("entities_in_skipped_sentences", n_in)
            continue
        translation = doc._.xner_translation
        record = translation.user_data["xner_projection"]
        stats.add_done()
        stats.count("entities_out", len(record["entities"]))
        for dropped in record["dropped"]:
            stats.count(f"dropped: {dropped['reason']}")
        targets.append(translation)
    write_docbin(output_path, targets)
    stats.write(summary_path(output_path, summary))
    stats.report()


def build_projector(method: Optional[str], solver: str, config: Optional[Path], ner_model: Optional[str] = None):
    """The ``xner_projector`` component from a method preset or a config file (not both)."""
    import spacy

    from ..errors import InputError, XnerError
    from ..projection.registry import method_config

    if config is not None and method is not None:
        raise XnerError("give either --method or --config, not both")
    if config is None:
        settings = {"projection": method_config(method or "heuristic", solver, ner_model)}
    else:
        if not config.is_file():
            raise InputError(config, "file not found")
        try:
            settings = dict(spacy.util.load_config(config, interpolate=False))
        except Exception as err:  # confection raises several parse error types
            raise InputError(config, f"not a valid config ({type(err).__name__}: {err})") from None
    nlp = spacy.blank("xx")
    try:
        return nlp.add_pipe("xner_projector", config=settings)
    except XnerError:
        raise
    except Exception as err:  # config validation: unknown functions, wrong argument types, bad values
        where = config if config is not None else None
        raise InputError(where, f"invalid projector settings: {err}") from None
