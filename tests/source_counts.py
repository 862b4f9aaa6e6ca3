"""The counts each ``shared/data/*/SOURCE.md`` states, read from its Markdown tables, per data file.

Used by ``test_corpora.py`` and ``benchmarks/corpora_counts.py`` to check ``xner convert`` against the
data's own documentation instead of numbers copied into the tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

LABELS = ("PER", "ORG", "LOC", "MISC", "DATE")


@dataclass
class Expected:
    path: Path
    format: str
    lang: str
    sentences: int
    entities: dict[str, int] = field(default_factory=dict)  # per label, plus "total"
    tokens: Optional[int] = None

    @property
    def name(self) -> str:
        return "/".join(self.path.parts[-3:])


def tables(source_md: Path) -> list[list[dict[str, str]]]:
    """Every Markdown table of the file as a list of rows keyed by the header cells."""
    result: list[list[dict[str, str]]] = []
    header: Optional[list[str]] = None
    for line in source_md.read_text(encoding="utf-8").split("\n"):
        if not line.startswith("|"):
            header = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
            result.append([])
        elif not set("".join(cells)) <= set("-: "):
            result[-1].append(dict(zip(header, cells)))
    return result


def _int(value: str) -> Optional[int]:
    return int(value) if value.isdigit() else None


def _entities(row: dict[str, str], prefix: str = "") -> dict[str, int]:
    counts = {label: _int(row[prefix + label]) for label in LABELS if prefix + label in row}
    counts["total"] = _int(row[prefix + "total"])
    return {k: v for k, v in counts.items() if v is not None}


def expected_counts(data: Path) -> list[Expected]:
    out: list[Expected] = []
    [conll] = tables(data / "conll2003" / "SOURCE.md")
    files = {"train": ("eng.train", "en.conll.train.tsv"), "dev": ("eng.testa", "en.conll.dev.tsv"),
             "test": ("eng.testb", "en.conll.test.tsv")}
    for row in conll:
        iob1, iob2 = files[row["split"].split()[0]]
        for path, fmt in ((data / "conll2003/original-iob1" / iob1, "conll2003"), (data / "conll2003/iob2" / iob2, "iob")):
            out.append(Expected(path, fmt, "en", int(row["sentences (excl. DOCSTART)"]), _entities(row), int(row["tokens"])))
    [target] = tables(data / "conll-target-langs" / "SOURCE.md")
    for row in target:
        path = data / "conll-target-langs" / f"{row['file']}.tsv"
        out.append(Expected(path, "iob", row["file"][:2], int(row["sentences"]), _entities(row), int(row["tokens"])))
    [europarl] = tables(data / "europarl-ner" / "SOURCE.md")
    for row in europarl:
        path = data / "europarl-ner" / f"{row['file']}-europarl.test.conll02"
        out.append(Expected(path, "europarl", row["file"], int(row["segments"]), _entities(row), int(row["tokens"])))
    [masakhaner] = tables(data / "masakhaner2" / "SOURCE.md")
    for row in masakhaner:
        if row["lang"] == "all":
            continue
        for split in ("train", "dev", "test"):
            entities = _entities(row, "test ") if split == "test" else {}
            path = data / "masakhaner2" / row["lang"] / f"{split}.txt"
            out.append(Expected(path, "masakhaner", "xx", int(row[split]), entities))
    rahimi, xtreme = tables(data / "wikiann-panx" / "SOURCE.md")
    for row in rahimi:
        path = data / "wikiann-panx/rahimi-5afr" / row["lang"] / f"{row['split']}.txt"
        out.append(Expected(path, "wikiann", "xx", int(row["sentences"]), _entities(row)))
    for row in xtreme:
        path = data / "wikiann-panx/xtreme-dev" / f"dev-{row['lang']}.tsv.gz"
        out.append(Expected(path, "wikiann", "xx", int(row["dev sentences"]), _entities(row), int(row["tokens"])))
    tprojection = tables(data / "projected-silver" / "SOURCE.md")[0]
    for row in tprojection:
        path = data / "projected-silver/t-projection-masakhaner" / f"{row['lang']}.train.txt.gz"
        out.append(Expected(path, "iob", "xx", int(row["sentences"]), _entities(row), int(row["tokens"])))
    translations = next(t for t in tables(data / "translations/conll2003-train" / "SOURCE.md") if "lines written" in t[0])
    for row in translations:
        path = data / "translations/conll2003-train" / f"{row['file']}.jsonl.gz"
        out.append(Expected(path, "translations", "xx", int(row["lines written"])))
    return out
