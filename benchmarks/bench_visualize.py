"""Time `spacy_xner.visualize.render` (and, when chromium is installed, a headless page load) on a
projected corpus: ``python benchmarks/bench_visualize.py ALIGNED.spacy PROJECTED.spacy GOLD.spacy``."""
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from spacy_xner.corpora.docbin import read_docbin
from spacy_xner.visualize import render
from spacy_xner.visualize.pairs import attach_projected


def main(aligned: str, projected: str, gold: str) -> None:
    docs = read_docbin(aligned)
    attach_projected(docs, read_docbin(projected))
    gold_docs = read_docbin(gold)
    with tempfile.TemporaryDirectory() as tmp:
        for limit in (None, 50):
            start = time.perf_counter()
            html = render(docs, gold=gold_docs, limit=limit)
            seconds = time.perf_counter() - start
            print(f"render {len(docs)} pairs, limit={limit}: {seconds:.3f} s, {len(html) / 1e6:.2f} MB")
            if shutil.which("chromium"):
                page = Path(tmp) / f"view-{limit}.html"
                page.write_text(html, encoding="utf-8")
                start = time.perf_counter()
                subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                "--disable-background-networking", f"--user-data-dir={tmp}/profile",
                                f"--screenshot={tmp}/shot.png", "--window-size=1400,1000", page.as_uri()],
                               capture_output=True, check=True, timeout=300)
                print(f"  chromium load + layout + screenshot: {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main(*sys.argv[1:4])
