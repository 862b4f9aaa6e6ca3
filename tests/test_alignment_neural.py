"""Neural aligner: extraction on hand-computed matrices, batched path vs upstream SimAlign."""
import numpy as np
import pytest

from spacy_xner.alignment.extraction import extract
from spacy_xner.alignment.registry import neural_aligner
from spacy_xner.errors import XnerError

SIM = np.array([
    [0.9, 0.1, 0.2],
    [0.8, 0.3, 0.1],
    [0.2, 0.7, 0.6],
])


def pairs_of(links):
    return sorted((i, j) for i, j, *_ in links)


def test_argmax_is_mutual_argmax():
    # row maxima: 0->0, 1->0, 2->1; column maxima: 0->0, 1->2, 2->2 -> mutual: (0,0), (2,1)
    assert pairs_of(extract("argmax", SIM)) == [(0, 0), (2, 1)]


def test_itermax_adds_second_round_for_unaligned_words():
    sim = np.array([[0.9, 0.1, 0.1, 0.1], [0.8, 0.2, 0.1, 0.3], [0.1, 0.1, 0.9, 0.1], [0.1, 0.85, 0.2, 0.1]])
    # round 1 (mutual argmax): (0,0), (2,2), (3,1); row 1 (best col 0) and column 3 (best row 1) stay unaligned.
    # round 2: entries with one unaligned side x0.9, both unaligned x1.0, both aligned 0:
    # row 1 -> [0.72, 0.18, 0.09, 0.3] best col 0; col 0 -> [0, 0.72, 0, 0] best row 1 => new link (1,0).
    # col 3 -> [0.09, 0.3, 0.09, 0.09] best row 1, but row 1 prefers col 0: (1,3) is not added.
    assert pairs_of(extract("itermax", sim)) == [(0, 0), (1, 0), (2, 2), (3, 1)]
    assert pairs_of(extract("argmax", sim)) == [(0, 0), (2, 2), (3, 1)]


def test_match_is_maximum_weight_matching():
    # 3x3 assignment: best total is (0,0)+(1,1)?+... enumerate all permutations by hand:
    # (0,0,1,1,2,2)=0.9+0.3+0.6=1.8; (0,0,1,2,2,1)=0.9+0.1+0.7=1.7; (0,1,1,0,2,2)=0.1+0.8+0.6=1.5;
    # (0,1,1,2,2,0)=0.1+0.1+0.2=0.4; (0,2,1,0,2,1)=0.2+0.8+0.7=1.7; (0,2,1,1,2,0)=0.2+0.3+0.2=0.7
    assert pairs_of(extract("match", SIM)) == [(0, 0), (1, 1), (2, 2)]


def test_softmax_threshold_both_directions():
    scores = np.array([[10.0, 0.0], [0.0, 0.0]])
    # row 0: softmax [~1, 4.5e-5] ; row 1: [0.5, 0.5]; col 0: [~1, 4.5e-5]; col 1: [0.5, 0.5]
    # keep where both > 1e-3: (0,0) yes; (0,1): fwd 4.5e-5 no; (1,0): rev 4.5e-5 no; (1,1): 0.5/0.5 yes
    links = extract("softmax", scores, threshold=1e-3)
    assert pairs_of(links) == [(0, 0), (1, 1)]
    assert dict(((i, j), s) for i, j, s in links)[(1, 1)] == pytest.approx(0.5)
    assert pairs_of(extract("softmax", scores, threshold=0.6)) == [(0, 0)]


SENTS = [
    ("We do not believe that we should cherry-pick .".split(), "Wir glauben nicht , daß wir nur Rosinen herauspicken sollten .".split()),
    ("But this is not what happens .".split(), "Das stimmt nicht !".split()),
    ("The European Parliament approved the report yesterday in Strasbourg .".split(),
     "Das Europäische Parlament hat den Bericht gestern in Straßburg angenommen .".split()),
    ("Thank you , Mr President .".split(), "Vielen Dank , Herr Präsident .".split()),
    ("A".split(), "Ein sehr langer Satz mit vielen Wörtern".split()),
]


@pytest.mark.parametrize("token_type", ["bpe", "word"])
@pytest.mark.parametrize("method,upstream_key,code", [("argmax", "inter", "a"), ("itermax", "itermax", "i"), ("match", "mwmf", "m")])
def test_batched_equals_upstream_simalign(tiny_bert_dir, token_type, method, upstream_key, code):
    from simalign import SentenceAligner

    upstream = SentenceAligner(model=str(tiny_bert_dir), token_type=token_type, matching_methods=code, layer=2)
    ours = neural_aligner(model=str(tiny_bert_dir), layer=2, method=method, token_type=token_type, batch_size=3)
    got = ours(SENTS)
    for (src, tgt), links in zip(SENTS, got):
        assert pairs_of(links) == upstream.get_word_aligns(src, tgt)[upstream_key]


def test_batched_equals_upstream_xlmr(tiny_xlmr_dir):
    from simalign import SentenceAligner

    upstream = SentenceAligner(model=str(tiny_xlmr_dir), token_type="word", matching_methods="i", layer=1)
    got = neural_aligner(model=str(tiny_xlmr_dir), layer=1, method="itermax", token_type="word")(SENTS)
    for (src, tgt), links in zip(SENTS, got):
        assert pairs_of(links) == upstream.get_word_aligns(src, tgt)["itermax"]


def test_longer_than_window_and_zero_piece_words(tiny_bert_dir):
    aligner = neural_aligner(model=str(tiny_bert_dir), layer=2, method="argmax", token_type="word")
    long_src = ("the parliament " * 400).split()
    long_tgt = ("das parlament " * 400).split()
    zw_src = ["Wir", "\u200b", "glauben", ""]
    zw_tgt = ["We", "believe", "\ufeff"]
    links_long, links_zw = aligner([(long_src, long_tgt), (zw_src, zw_tgt)])
    assert links_long and max(l.src for l in links_long) > 600  # words past the 512-piece window get links
    assert all(l.src not in (1, 3) and l.tgt != 2 for l in links_zw)
    (clean,) = aligner([(["Wir", "glauben"], ["We", "believe"])])
    assert pairs_of(links_zw) == [({0: 0, 1: 2}[i], j) for i, j in pairs_of(clean)]


def test_punctuation_filter(tiny_bert_dir):
    src, tgt = "Hello , world !".split(), "Hallo , Welt !".split()
    aligner = neural_aligner(model=str(tiny_bert_dir), layer=2, method="match", filter_punct=True)
    (links,) = aligner([(src, tgt)])
    punct = {1, 3}
    assert all((l.src in punct) == (l.tgt in punct) for l in links)


def test_layer_out_of_range_is_reported(tiny_bert_dir):
    with pytest.raises(XnerError, match="aligner.layer is 8"):
        neural_aligner(model=str(tiny_bert_dir), layer=8)([(["a"], ["b"])])
