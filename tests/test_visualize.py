"""The HTML view of a projection: real Europarl en→de pairs aligned by eflomal and projected, plus
hand-built pairs whose marks are known; the HTML is parsed back and counted."""
from __future__ import annotations

import shutil
import subprocess
import sys
import types
from collections import Counter
from html.parser import HTMLParser

import pytest
import spacy
from spacy.tokens import Doc
from typer.testing import CliRunner

from spacy_xner.alignment.doc_pairs import align_docs
from spacy_xner.alignment.registry import eflomal_aligner
from spacy_xner.cli import main
from spacy_xner.cli import app
from spacy_xner.corpora.docbin import read_docbin, write_docbin
from spacy_xner.corpora.pairing import pair_docs
from spacy_xner.corpora.readers import read_corpus
from spacy_xner.docs import get_alignment, get_id, get_projection_record, set_alignment, set_id, set_projection_record, set_word_spans, word_spans
from spacy_xner.errors import XnerError
from spacy_xner.evaluation.spanf1 import score
from spacy_xner.ty import Dropped, Link, ProjectedSpan, ProjectionResult, WordSpan
from spacy_xner.visualize import render, show

N_SENTENCES = 50


class Element:
    def __init__(self, tag: str, attrs: dict, parent: "Element | None"):
        self.tag, self.attrs, self.parent, self.children, self.text = tag, attrs, parent, [], ""

    def find_all(self, tag: str | None = None, **attrs) -> list["Element"]:
        found = []
        for child in self.children:
            if (tag is None or child.tag == tag) and all(self._matches(child, k, v) for k, v in attrs.items()):
                found.append(child)
            found.extend(child.find_all(tag, **attrs))
        return found

    @staticmethod
    def _matches(element: "Element", key: str, value) -> bool:
        if key == "class_":
            return element.has_class(value)
        name = key.replace("_", "-")
        return name in element.attrs if value is True else element.attrs.get(name) == value

    def has_class(self, name: str) -> bool:
        return name in (self.attrs.get("class") or "").split()


class TreeParser(HTMLParser):
    VOID = {"meta", "br", "img", "input", "link", "hr"}

    def __init__(self):
        super().__init__()
        self.root = self.current = Element("#root", {}, None)

    def handle_starttag(self, tag, attrs):
        element = Element(tag, dict(attrs), self.current)
        self.current.children.append(element)
        if tag not in self.VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        node = self.current
        while node is not None:
            node.text += data
            node = node.parent


def parse(html: str) -> Element:
    parser = TreeParser()
    parser.feed(html)
    parser.close()
    return parser.root


def row(article: Element, side: str) -> Element | None:
    rows = article.find_all("div", data_side=side)
    return rows[0] if rows else None


def marks(element: Element) -> list[Element]:
    return [m for m in element.find_all("mark") if m.has_class("xner-ent")]


# --- real Europarl en→de: pair, align with eflomal, project ----------------------------------------


@pytest.fixture(scope="session")
def europarl(data_dir, tmp_path_factory):
    """First 50 Europarl segments: English gold entities, the German gold translation aligned by the
    project's eflomal aligner and projected by the heuristic projector; German gold for the marks."""
    folder = data_dir / "europarl-ner"
    en = read_corpus(folder / "en-europarl.test.conll02", "en")[:N_SENTENCES]
    de = read_corpus(folder / "de-europarl.test.conll02", "de")[:N_SENTENCES]
    gold = read_corpus(folder / "de-europarl.test.conll02", "de")[:N_SENTENCES]
    pairs = pair_docs(en, de)
    aligned = list(align_docs(pairs, eflomal_aligner(n_samplers=2), batch_size=0))
    tmp = tmp_path_factory.mktemp("europarl")
    write_docbin(tmp / "aligned.spacy", aligned)
    write_docbin(tmp / "gold.spacy", gold)
    heuristic = {"projection": {"@xner_projections": "spacy_xner.HeuristicProjection.v1"}}  # drops some entities
    projector = spacy.blank("en").add_pipe("xner_projector", config=heuristic)
    projected = [projector(doc) for doc in aligned]
    write_docbin(tmp / "projected-pairs.spacy", projected)
    return types.SimpleNamespace(docs=projected, gold=gold, dir=tmp)


def test_europarl_every_entity_link_and_reason(europarl):
    html = render(europarl.docs)
    root = parse(html)
    articles = root.find_all("article")
    assert len(articles) == N_SENTENCES
    assert sum(len(get_alignment(d) or []) for d in europarl.docs) > 500  # eflomal really aligned
    reasons: Counter[str] = Counter()
    for article in articles:
        doc = europarl.docs[int(article.attrs["data-index"])]
        translation = doc._.xner_translation
        record = get_projection_record(translation)
        src = [(int(m.attrs["data-start"]), int(m.attrs["data-end"]), m.attrs["data-label"]) for m in marks(row(article, "src"))]
        assert src == [(e.start, e.end, e.label_) for e in doc.ents]
        tokens = row(article, "src").find_all("span", class_="xner-tok")
        assert [t.text for t in tokens] == [t.text for t in doc]
        tgt = {(int(m.attrs["data-start"]), int(m.attrs["data-end"]), m.attrs["data-label"]): float(m.attrs["data-score"])
               for m in marks(row(article, "tgt"))}
        assert tgt == {tuple(e["target"]): pytest.approx(e["score"], abs=1e-4) for e in record["entities"]}
        lines = article.find_all("line")
        assert sorted((int(l.attrs["data-src"]), int(l.attrs["data-tgt"])) for l in lines) == sorted(
            (l.src, l.tgt) for l in get_alignment(doc))
        dropped = [(li.attrs["data-reason"], li.attrs["data-label"]) for li in article.find_all("li")]
        assert dropped == [(d["reason"], d["source"][2]) for d in record["dropped"]]
        reasons.update(r for r, _ in dropped)
    assert sum(reasons.values()) > 0, "50 Europarl sentences should drop at least one entity"
    table = root.find_all("table", data_reasons=True)[0]
    cells = [[td.text for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]]
    assert {reason: int(n) for reason, n in cells} == dict(reasons)


def test_europarl_gold_marks_and_worst_first(europarl):
    root = parse(render(europarl.docs, gold=europarl.gold))
    articles = root.find_all("article")
    gold_by_id = {get_id(g): g for g in europarl.gold}
    f1s = [float(a.attrs["data-f1"]) for a in articles]
    assert f1s == sorted(f1s) and f1s[0] < 1.0
    totals = Counter()
    for article in articles:
        translation = europarl.docs[int(article.attrs["data-index"])]._.xner_translation
        gold = gold_by_id[article.attrs["data-id"]]
        pred = set(word_spans(translation))
        ref = set(word_spans(gold))
        pred_marks = Counter(m.attrs["data-mark"] for m in marks(row(article, "tgt")))
        gold_marks = Counter(m.attrs["data-gold"] for m in marks(row(article, "gold")))
        assert pred_marks["correct"] == gold_marks["correct"] == len(pred & ref)
        assert sum(gold_marks.values()) == len(ref) and sum(pred_marks.values()) == len(pred)
        for m in marks(row(article, "gold")):
            span = WordSpan(int(m.attrs["data-start"]), int(m.attrs["data-end"]), m.attrs["data-label"])
            expected = "correct" if span in pred else "wrong-label" if any(
                (p.start, p.end) == (span.start, span.end) for p in pred) else "missed"
            assert m.attrs["data-gold"] == expected
        totals.update(tp=len(pred & ref))
    overall = score([d._.xner_translation for d in europarl.docs], europarl.gold)
    assert totals["tp"] == overall["entities"]["correct"]
    f1_table = root.find_all("table", data_f1=True)[0]
    assert float(f1_table.attrs["data-f1"]) == pytest.approx(overall["f1"], abs=1e-4)


def test_europarl_filters_and_limit(europarl):
    dropped = parse(render(europarl.docs, filter="dropped")).find_all("article")
    expected = [i for i, d in enumerate(europarl.docs) if get_projection_record(d._.xner_translation)["dropped"]]
    assert [int(a.attrs["data-index"]) for a in dropped] == expected
    worst = parse(render(europarl.docs, gold=europarl.gold, limit=5)).find_all("article")
    every = parse(render(europarl.docs, gold=europarl.gold)).find_all("article")
    assert [a.attrs["data-id"] for a in worst] == [a.attrs["data-id"] for a in every[:5]]
    mismatch = parse(render(europarl.docs, gold=europarl.gold, filter="mismatch")).find_all("article")
    assert mismatch and all(float(a.attrs["data-f1"]) < 1.0 for a in mismatch)
    assert len(mismatch) == sum(1 for a in every if float(a.attrs["data-f1"]) < 1.0)


def test_cli_project_output_with_projected_option(europarl, tmp_path):
    """`xner project` writes target Docs only; `xner show` takes them with --projected."""
    runner = CliRunner()
    result = runner.invoke(app, ["project", str(europarl.dir / "aligned.spacy"), str(tmp_path / "projected.spacy")])
    assert result.exit_code == 0, result.output
    out = tmp_path / "view.html"
    result = runner.invoke(app, ["show", str(europarl.dir / "aligned.spacy"), "--projected", str(tmp_path / "projected.spacy"),
                                 "--gold", str(europarl.dir / "gold.spacy"), "--limit", "10", "-o", str(out)])
    assert result.exit_code == 0, result.output
    articles = parse(out.read_text(encoding="utf-8")).find_all("article")
    assert len(articles) == 10
    projected = {get_id(d): d for d in read_docbin(tmp_path / "projected.spacy")}
    for article in articles:
        target = projected[article.attrs["data-id"]]
        assert len(marks(row(article, "tgt"))) == len(target.ents)
        assert article.find_all("line")


def test_cli_errors_are_one_line(europarl, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["xner", "show", str(europarl.dir / "gold.spacy")])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    output = capsys.readouterr()
    message = (output.out + output.err).strip()
    assert "gold.spacy: no sentence has a translation" in message and "\n" not in message
    with pytest.raises(XnerError, match="unknown filter"):
        render(europarl.docs, filter="bogus")
    with pytest.raises(XnerError, match="occurs twice"):
        render(europarl.docs, gold=europarl.gold + europarl.gold[:1])
    result = CliRunner().invoke(app, ["show", str(tmp_path / "missing.spacy")])
    assert "file not found" in str(result.exception)


def test_cli_refuses_target_docs_without_source(tmp_path):
    pair = _hand_pair()
    target = pair._.xner_translation
    write_docbin(tmp_path / "targets.spacy", [target])
    result = CliRunner().invoke(app, ["show", str(tmp_path / "targets.spacy")])
    assert "--projected" in str(result.exception)


# --- hand-built pairs with known marks ----------------------------------------------------------------


def _hand_pair() -> Doc:
    en = spacy.blank("en").vocab
    de = spacy.blank("de").vocab
    src = Doc(en, words=["Mr", "<b>Smith</b>", "visited", "Paris", "and", "the", "UN", "today"])
    set_word_spans(src, [WordSpan(1, 2, "PER"), WordSpan(3, 4, "LOC"), WordSpan(6, 7, "ORG")])
    tgt = Doc(de, words=["Herr", "<b>Smith</b>", "besuchte", "heute", "Paris", "und", "die", "UNO"])
    set_id(src, "hand:0")
    set_id(tgt, "hand:0")
    links = [Link(0, 0), Link(1, 1), Link(2, 2), Link(3, 4), Link(7, 3)]
    set_alignment(src, links)
    result = ProjectionResult(
        projected=[ProjectedSpan(WordSpan(1, 2, "PER"), 0, 1.0), ProjectedSpan(WordSpan(4, 5, "ORG"), 1, 0.5)],
        dropped=[Dropped(2, "no alignment links")],
    )
    set_word_spans(tgt, [p.span for p in result.projected])
    set_projection_record(tgt, result, word_spans(src))
    src._.xner_translation = tgt
    return src


def _hand_gold() -> Doc:
    gold = Doc(spacy.blank("de").vocab, words=["Herr", "<b>Smith</b>", "besuchte", "heute", "Paris", "und", "die", "UNO"])
    set_word_spans(gold, [WordSpan(1, 2, "PER"), WordSpan(4, 5, "LOC"), WordSpan(7, 8, "ORG")])
    set_id(gold, "hand:0")
    return gold


def test_hand_built_marks_scores_and_escaping():
    html = render([_hand_pair()], gold=[_hand_gold()])
    assert "<b>Smith</b>" not in html and "&lt;b&gt;Smith&lt;/b&gt;" in html
    article = parse(html).find_all("article")[0]
    tgt = {m.attrs["data-start"]: (m.attrs["data-mark"], m.attrs["data-score"], m.attrs["data-source-ent"]) for m in marks(row(article, "tgt"))}
    assert tgt == {"1": ("correct", "1.0000", "0"), "4": ("wrong-label", "0.5000", "1")}
    gold = {m.attrs["data-start"]: m.attrs["data-gold"] for m in marks(row(article, "gold"))}
    assert gold == {"1": "correct", "4": "wrong-label", "7": "missed"}
    assert article.attrs["data-f1"] == "0.4000"  # tp 1, fp 1, fn 2
    assert [li.attrs["data-reason"] for li in article.find_all("li")] == ["no alignment links"]
    assert len(article.find_all("line")) == 5
    ent_lines = [l for l in article.find_all("line") if "data-ent" in l.attrs]
    assert sorted((l.attrs["data-src"], l.attrs["data-ent"]) for l in ent_lines) == [("1", "0"), ("3", "1")]


def test_skipped_and_unpaired_sentences_are_shown_with_their_reason():
    no_translation = Doc(spacy.blank("en").vocab, words=["Hello", "Berlin"])
    set_word_spans(no_translation, [WordSpan(1, 2, "LOC")])
    unprojected = _hand_pair()
    unprojected._.xner_translation.user_data.pop("xner_projection")
    html = render([no_translation, unprojected, _hand_pair()], gold=[])
    articles = parse(html).find_all("article")
    notes = [[n.attrs["data-note"] for n in a.find_all("span", data_note=True)] for a in articles]
    assert notes[0] == ["missing translation"]
    assert notes[1] == ["not projected (no projection record)", "no gold sentence with this id"]
    assert [li.attrs["data-reason"] for li in articles[0].find_all("li")] == ["missing translation"]
    assert not marks(row(articles[1], "tgt"))


def test_show_returns_html_for_jupyter(monkeypatch):
    monkeypatch.setitem(sys.modules, "IPython", None)
    markup = show([_hand_pair()])
    assert isinstance(markup, str) and "<!DOCTYPE" not in markup and "<svg" in markup
    display = types.ModuleType("IPython.display")

    class HTML:
        def __init__(self, data):
            self.data = data

    display.HTML = HTML
    monkeypatch.setitem(sys.modules, "IPython", types.ModuleType("IPython"))
    monkeypatch.setitem(sys.modules, "IPython.display", display)
    assert show([_hand_pair()]).data == markup


# --- in a real browser ---------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed (Debian: apt-get install -y chromium)")
def test_chromium_screenshot_is_not_blank_and_links_are_laid_out(europarl, tmp_path):
    from PIL import Image

    page = tmp_path / "view.html"
    page.write_text(render(europarl.docs, gold=europarl.gold, limit=6), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"]
    shot = tmp_path / "shot.png"
    subprocess.run(["chromium", *flags, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=60, check=True)
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 1000)
    colours = {rgb: n for n, rgb in image.getcolors(image.width * image.height)}
    assert 1 - colours.get((255, 255, 255), 0) / (image.width * image.height) > 0.05  # not blank
    from spacy_xner.visualize.render import colour

    painted = [label for label in ("PER", "ORG", "LOC", "MISC")  # entity boxes in displaCy's colours
               if colours.get(tuple(int(colour(label)[i:i + 2], 16) for i in (1, 3, 5)), 0) > 200]
    assert painted
    dom = subprocess.run(["chromium", *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=60, check=True).stdout
    lines = [l for a in parse(dom).find_all("article") for l in a.find_all("line")]
    assert lines and all(float(l.attrs["y2"]) > float(l.attrs["y1"]) > 0 for l in lines if l.attrs.get("style", "").find("display: none") < 0)
