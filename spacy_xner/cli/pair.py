"""``xner pair``: translation pairs from two sentence-parallel DocBins (given translations)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..accounting import StageSummary, progress, summary_path
from ..corpora.docbin import DocWriter, iter_stored_docs
from ..corpora.pairing import iter_row_pairs, read_id_map
from ..docs import TRANSLATION_KEY, drop_derived
from ..errors import XnerError
from ..io import check_outputs
from ._app import ALLOW_EMPTY, app


@app.command("pair")
def pair_cli(
    source_path: Path = typer.Argument(..., help="Source-language corpus: .spacy file or directory of .spacy shards."),
    target_path: Path = typer.Argument(..., help="Target-language corpus, sentence-parallel to the source."),
    output_path: Path = typer.Argument(..., help="Output pairs: a .spacy file, or a directory of .spacy shards (any other name)."),
    id_map: Optional[Path] = typer.Option(None, "--id-map", help="TSV 'source_id<TAB>target_id' per line."),
    by_id: bool = typer.Option(False, "--by-id", help="Pair sentences with equal ids (or the target's source id)."),
    allow_empty: bool = ALLOW_EMPTY,
) -> None:
    """Give each source Doc its target Doc as doc._.xner_translation: by order (equal counts), by
    equal ids, or by an id map. The target keeps its own id. Sources without a target are skipped and
    counted in OUTPUT with the suffix .summary.json. Both corpora are streamed: by id (or id map) the
    target corpus is read twice, first to note where each id is (memory: ~130 bytes an id, not the
    sentences), then a chunk of sources at a time with the shards that hold their targets."""
    check_outputs([source_path, target_path, id_map], [summary_path(output_path)], corpus=output_path)
    if id_map is not None and by_id:
        raise XnerError("use either --id-map or --by-id, not both")
    mapping = read_id_map(id_map) if id_map is not None else None
    summary = StageSummary("pair")
    with DocWriter(output_path) as writer:
        pairs = iter_row_pairs(progress(iter_stored_docs(source_path), "pair"), target_path, mapping, by_id, summary)
        for source, target in pairs:  # DocBin rows: no Docs are made
            drop_derived(source.user_data, TRANSLATION_KEY)  # a source paired before keeps no links of its old target
            writer.add_pair(source, target)
        summary.check_not_empty(allow_empty)  # inside: the writer then leaves the old output, if any, in place
    summary.written(summary_path(output_path))
