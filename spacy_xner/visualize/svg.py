"""The alignment links of one pair as an SVG layer of ``<line>`` elements.

Each line names its words (``data-src``/``data-tgt``); the page script puts its ends under the
token boxes. A link that starts inside a source entity takes that entity's colour.
"""
from __future__ import annotations

from html import escape
from typing import Callable, Sequence

from ..ty import Link, WordSpan


def links_svg(links: Sequence[Link], src_words: Sequence[str], tgt_words: Sequence[str],
              src_ents: Sequence[WordSpan], colour: Callable[[str], str]) -> str:
    owner = {i: (k, span) for k, span in enumerate(src_ents) for i in range(span.start, span.end)}
    lines = []
    for link in links:
        title = escape(f"{src_words[link.src]} \u2194 {tgt_words[link.tgt]} ({link.score:.2f})")
        attrs = f'data-src="{link.src}" data-tgt="{link.tgt}" data-score="{link.score:.3f}"'
        if link.src in owner:
            k, span = owner[link.src]
            attrs += f' data-ent="{k}" class="xner-ent-link" style="stroke: {escape(colour(span.label))}"'
        lines.append(f'<line x1="0" y1="0" x2="0" y2="0" {attrs}><title>{title}</title></line>')
    return f'<svg class="xner-links" xmlns="http://www.w3.org/2000/svg" aria-hidden="true">{"".join(lines)}</svg>'
