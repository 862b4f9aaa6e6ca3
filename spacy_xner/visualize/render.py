"""The HTML view: a summary on top, then one block per sentence pair (source, links, translation,
dropped entities with their reason, gold marks). All text goes through ``html.escape``.

Elements carry data attributes (``data-side``, ``data-label``, ``data-mark``, ``data-gold``,
``data-reason``, ``data-src``/``data-tgt``) so the view can be checked and scripted.
"""
from __future__ import annotations

from collections import Counter
from html import escape
from typing import Optional, Sequence

from spacy.displacy.render import DEFAULT_LABEL_COLORS
from spacy.tokens import Doc
from wasabi import msg

from ..evaluation.entity_links import merge, scores as entity_link_scores
from ..evaluation.spanf1 import score
from ..ty import WordSpan
from . import templates
from .pairs import GoldEntity, PairView, Projected, build_views, select
from .svg import links_svg

# displaCy's colours, plus the CoNLL names it lacks (PER takes PERSON's colour)
LABEL_COLORS = {**DEFAULT_LABEL_COLORS, "PER": DEFAULT_LABEL_COLORS["PERSON"], "MISC": "#f0d0ff"}
DEFAULT_COLOR = "#ddd"  # displaCy's fallback
MARK_TEXT = {"correct": "\u2713", "wrong-label": "wrong label", "spurious": "spurious", "missed": "missed"}


def colour(label: str) -> str:
    return LABEL_COLORS.get(label.upper(), DEFAULT_COLOR)


def render(docs: Sequence[Doc], gold: Optional[Sequence[Doc]] = None, limit: Optional[int] = None,
           filter: str = "all", title: str = "spacy-xner projection", page: bool = True) -> str:
    """The view of projected pairs (source Docs with translations) as one self-contained HTML string.

    With ``gold`` (target Docs paired by the translation's id) the pairs are marked and sorted
    worst-first by per-sentence F1, so ``limit=50`` gives the 50 worst.
    """
    views = build_views(docs, gold)
    if gold is not None and not any(v.gold is not None for v in views):
        msg.warn(f"no sentence has gold: none of the {len(gold)} gold ids is a translation's id")
    shown = select(views, filter, limit, worst_first=gold is not None)
    body = (
        f'<div class="xner-view"><h1>{escape(title)}</h1>'
        + _summary(views, shown, gold is not None, filter)
        + _legend(gold is not None)
        + "".join(_pair(v) for v in shown)
        + "</div>"
    )
    template = templates.PAGE if page else templates.FRAGMENT
    return template.format(title=escape(title), css=templates.CSS, js=templates.JS, body=body)


def show(docs: Sequence[Doc], gold: Optional[Sequence[Doc]] = None, limit: Optional[int] = None, filter: str = "all"):
    """For Jupyter, like ``displacy.render``: an ``IPython.display.HTML`` when IPython is there, else the str."""
    markup = render(docs, gold=gold, limit=limit, filter=filter, page=False)
    try:
        from IPython.display import HTML
    except ImportError:
        return markup
    return HTML(markup)


# --- summary ---------------------------------------------------------------------------------------


def _summary(views: list[PairView], shown: list[PairView], with_gold: bool, filter: str) -> str:
    sentences: Counter[str] = Counter(total=len(views), shown=len(shown))
    for v in views:
        if v.skipped:
            sentences[f"skipped: {v.skipped}"] += 1
        else:
            sentences["projected"] += 1
        if v.gold_note:
            sentences[f"gold: {v.gold_note}"] += 1
        if v.links_out_of_range:
            sentences["links out of range (not drawn)"] += 1
    reasons = Counter(reason for v in views for _, reason in v.dropped)
    per_label: dict[str, Counter] = {}
    for v in views:
        for span in v.src_ents:
            per_label.setdefault(span.label, Counter())["source"] += 1
        for p in v.projected:
            per_label.setdefault(p.span.label, Counter())["projected"] += 1
        for span, _ in v.dropped:
            per_label.setdefault(span.label, Counter())["dropped"] += 1
    tables = [
        _table("Sentences", ["", "n"], [[k, n] for k, n in sentences.items()]),
        _table("Dropped entities per reason", ["reason", "n"], [[r, n] for r, n in reasons.most_common()], "data-reasons"),
    ]
    label_columns = ["label", "source", "projected", "dropped"]
    if with_gold:
        scores = _projection_scores(views)
        label_columns += ["gold", "P", "R", "F1"]
        for label in scores["per_label"]:
            per_label.setdefault(label, Counter())
        rows = []
        for label in sorted(per_label):
            c, s = per_label[label], scores["per_label"].get(label)
            rows.append([label, c["source"], c["projected"], c["dropped"]]
                        + ([s["support"], _pct(s["precision"]), _pct(s["recall"]), _pct(s["f1"])] if s else [0, "", "", ""]))
        tables.insert(0, _table(
            "Projection F1 (micro, exact spans)", ["", ""],
            [["sentences with gold", scores["sentences"]], ["precision", _pct(scores["precision"])],
             ["recall", _pct(scores["recall"])], ["F1", _pct(scores["f1"])]], 'data-f1="%.4f"' % scores["f1"]))
        links = entity_link_scores(merge(v.entity_links for v in views if v.entity_links is not None))
        tables.insert(1, _table(
            "Entity links (alignment vs gold entities)", ["", ""],
            [["precision", _pct(links["entity_link_precision"])], ["recall", _pct(links["entity_link_recall"])],
             ["F1", _pct(links["entity_link_f1"])], ["to punctuation / stop words", _pct(links["entity_link_useless"])]],
            'data-link-p="%.4f" data-link-r="%.4f"' % (links["entity_link_precision"], links["entity_link_recall"])))
    else:
        rows = [[label, c["source"], c["projected"], c["dropped"]] for label, c in sorted(per_label.items())]
    tables.append(_table("Entities per label", label_columns, rows))
    note = f'<p class="xner-legend">filter: {escape(filter)}' + (", worst first" if with_gold else "") + "</p>"
    return f'<section class="xner-summary">{"".join(tables)}</section>{note}'


def _projection_scores(views: list[PairView]) -> dict:
    paired = [(v.translation, v.gold_doc) for v in views if v.gold is not None]
    return score([p for p, _ in paired], [g for _, g in paired])


def _table(caption: str, header: list[str], rows: list[list], attrs: str = "") -> str:
    head = "".join(f"<th>{escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table {attrs}><caption>{escape(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def _legend(with_gold: bool) -> str:
    if not with_gold:
        return ""
    items = "".join(f'<mark class="xner-ent xner-mark-{m}">{escape(t)}</mark>' for m, t in MARK_TEXT.items())
    return f'<p class="xner-legend">gold marks: {items}</p>'


# --- one pair --------------------------------------------------------------------------------------


def _pair(v: PairView) -> str:
    f1 = v.f1
    header = f'#{v.index} <code>{escape(v.sentence_id or "(no id)")}</code>'
    if f1 is not None:
        header += f' &middot; <span class="xner-f1">F1 {_pct(f1)}</span>'
    links = v.entity_link_total
    if links is not None:
        header += (f' &middot; <span class="xner-links-score" title="links from source entity words landing in a gold '
                   f'target entity of their label / gold entity words reached">entity links P {_pct(links.precision)} / '
                   f'R {_pct(links.recall)}</span>')
    header += f" &middot; {len(v.src_ents)} source entities, {len(v.projected)} projected, {len(v.dropped)} dropped, {len(v.links)} links"
    for note in (v.skipped, v.gold_note):
        if note:
            header += f'<span class="xner-note" data-note="{escape(note)}">{escape(note)}</span>'
    if v.links_out_of_range:
        header += f'<span class="xner-note">{v.links_out_of_range} links out of range (not drawn)</span>'
    rows = [_row("src", v.src_words, [(s, "", f'data-ent="{k}"', "") for k, s in enumerate(v.src_ents)])]
    if v.tgt_words is not None:
        rows.append(links_svg(v.links, v.src_words, v.tgt_words, v.src_ents, colour))
        rows.append(_row("tgt", v.tgt_words, [(p.span, *_projected(p)) for p in v.projected]))
        if v.gold is not None:
            rows.append(_row("gold", v.tgt_words, [(g.span, *_gold(g)) for g in v.gold]))
    if v.backtranslation is not None:
        rows.append(_backtranslation_row(*v.backtranslation))
    attrs = f'data-index="{v.index}" data-id="{escape(v.sentence_id or "")}"'
    if f1 is not None:
        attrs += f' data-f1="{f1:.4f}"'
    if links is not None:
        attrs += f' data-link-p="{links.precision:.4f}" data-link-r="{links.recall:.4f}"'
    return (f'<article class="xner-pair" {attrs}><header>{header}</header>'
            f'<div class="xner-scroll"><div class="xner-rows">{"".join(rows)}</div></div>{_dropped(v)}</article>')


def _row(side: str, words: Sequence[str], ents: list[tuple[WordSpan, str, str, str]]) -> str:
    """Words as token boxes, entity words inside a displaCy-style ``<mark>``.

    ``ents``: (span, extra class, extra attributes, markup after the label), no overlaps.
    """
    starts = {e[0].start: e for e in ents}
    html, i = [], 0
    while i < len(words):
        if i in starts:
            span, cls, attrs, tail = starts[i]
            inner = " ".join(_tok(j, words[j]) for j in range(span.start, min(span.end, len(words))))
            html.append(f'<mark class="xner-ent {cls}" data-side="{side}" data-label="{escape(span.label)}" '
                        f'data-start="{span.start}" data-end="{span.end}" {attrs} style="background: {escape(colour(span.label))}">'
                        f'{inner}<span class="xner-label">{escape(span.label)}</span>{tail}</mark>')
            i = max(span.end, i + 1)
        else:
            html.append(_tok(i, words[i]))
            i += 1
    label = {"src": "source", "tgt": "target", "gold": "gold", "bt": "back-translation"}[side]
    return f'<div class="xner-row xner-{side}" data-side="{side}"><span class="xner-side">{label}</span>{" ".join(html)}</div>'


def _backtranslation_row(words: list[str], ents: list[tuple[WordSpan, int]], reason: Optional[str]) -> str:
    """T′ with its recovered entities (each naming its source entity), and why it was not used, if so."""
    row = _row("bt", words, [(span, "", f'data-source-ent="{k}"', "") for span, k in ents])
    if reason is None:
        return row
    return row + f'<div class="xner-note" data-note="{escape(reason)}">back-translation not used: {escape(reason)}</div>'


def _tok(i: int, word: str) -> str:
    return f'<span class="xner-tok" data-i="{i}">{escape(word)}</span>'


def _projected(p: Projected) -> tuple[str, str, str]:
    attrs = ""
    tail = ""
    if p.source_index is not None:
        attrs += f' data-source-ent="{p.source_index}"'
    if p.score is not None:
        attrs += f' data-score="{p.score:.4f}"'
        tail += f'<span class="xner-score" title="projection score">{p.score:.2f}</span>'
    if p.mark is not None:
        attrs += f' data-mark="{p.mark}"'
        tail += f'<span class="xner-badge">{escape(MARK_TEXT[p.mark])}</span>'
    return (f"xner-mark-{p.mark}" if p.mark else ""), attrs, tail


def _gold(g: GoldEntity) -> tuple[str, str, str]:
    return f"xner-mark-{g.mark}", f'data-gold="{g.mark}"', f'<span class="xner-badge">{escape(MARK_TEXT[g.mark])}</span>'


def _dropped(v: PairView) -> str:
    if not v.dropped:
        return ""
    items = []
    for span, reason in v.dropped:
        text = " ".join(v.src_words[span.start:span.end])
        items.append(f'<li data-reason="{escape(reason)}" data-label="{escape(span.label)}" data-start="{span.start}" data-end="{span.end}">'
                     f'<mark class="xner-ent" style="background: {escape(colour(span.label))}">{escape(text)}'
                     f'<span class="xner-label">{escape(span.label)}</span></mark> not projected: '
                     f'<span class="xner-reason">{escape(reason)}</span></li>')
    return f'<ul class="xner-dropped">{"".join(items)}</ul>'
