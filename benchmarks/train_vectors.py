"""Subword static vectors (floret) for the target language, learned on the text the workflow has.

    python benchmarks/train_vectors.py corpus/tt/translations/sna.spacy [raw.spacy ...] vectors/sna --lang xx

The NER trained on projected data sees each target word in few contexts; floret's hashed
character n-grams give every word, seen or not, a vector from its pieces, so class prefixes and
inflections share what was learned ("Harare" ~ "muHarare"). The words of every input corpus (a
DocBin or shard directory: the machine translations, unlabeled text a user converted; their
entities are ignored) are streamed to one training file; floret trains on it and spaCy turns the
result into a vectors model (what ``spacy init vectors --mode floret`` does), for
``[initialize] vectors`` and ``include_static_vectors``. Never give it a test set.

Measured for issue 29 and not adopted: on MasakhaNER 2.0 dev they lowered the CPU NER's F1
(benchmarks/tt_recipe_results.md), so the workflow does not use them; ``pip install floret`` (the
``test`` extra has it) to repeat the measurement.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import typer
from wasabi import msg

from spacy_xner.cli import run  # light: the rest loads inside run's guard, so a Ctrl-C then is one line

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)


@app.command()
def main(
    paths: list[Path] = typer.Argument(..., help="corpora whose words to learn from, then the output directory"),
    lang: str = typer.Option("xx", "--lang", help="spaCy language of the vectors model"),
    dim: int = typer.Option(100, "--dim", help="vector width"),
    epoch: int = typer.Option(10, "--epoch", help="passes over the text"),
    min_count: int = typer.Option(2, "--min-count", help="words seen fewer times are not trained as words"),
    bucket: int = typer.Option(50_000, "--bucket", help="hash table rows (the vectors table size)"),
    minn: int = typer.Option(3, "--minn", help="shortest character n-gram"),
    maxn: int = typer.Option(5, "--maxn", help="longest character n-gram"),
    hash_count: int = typer.Option(2, "--hash-count", help="rows each word and n-gram is hashed to"),
) -> None:
    import floret
    import spacy
    from spacy.training.initialize import convert_vectors

    from spacy_xner.corpora.docbin import iter_docs
    from spacy_xner.errors import XnerError
    from spacy_xner.io import check_outputs, owned_directory

    if len(paths) < 2:
        raise XnerError("give at least one corpus and the output directory")
    *corpora, output = paths
    check_outputs(corpora, [], work=output)  # a folder of ours (or none): a rerun replaces it
    with tempfile.TemporaryDirectory(prefix="xner-vectors-") as tmp:
        text = Path(tmp) / "text.txt"
        sentences = words = 0
        with text.open("w", encoding="utf8") as out:
            for corpus in corpora:
                for doc in iter_docs(corpus):
                    tokens = [t.text for t in doc if not t.is_space]
                    if tokens:
                        out.write(" ".join(tokens) + "\n")
                        sentences += 1
                        words += len(tokens)
        if not words:
            raise XnerError(f"no words to learn vectors from in {', '.join(map(str, corpora))}")
        model = floret.train_unsupervised(
            str(text), model="cbow", mode="floret", dim=dim, epoch=epoch, minCount=min_count, bucket=bucket,
            minn=minn, maxn=maxn, hashCount=hash_count, thread=1, verbose=0,  # one thread: the same vectors on every run
        )
        floret_file = Path(tmp) / "vectors.floret"
        model.save_floret_vectors(str(floret_file))
        nlp = spacy.blank(lang)
        convert_vectors(nlp, floret_file, truncate=0, prune=-1, mode="floret")
        nlp.to_disk(owned_directory(output))
    msg.good(f"vectors: {sentences} sentences, {words} words → {output} ({bucket} × {dim}, floret)")


if __name__ == "__main__":
    run(app)
