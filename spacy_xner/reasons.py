"""Why a sentence is skipped or an entity is not placed, in every stage: one spelling of each reason, for the
records on Docs and the counts of summaries (``skipped: <reason>``)."""

# entity level: recorded on the translation, counted as ``dropped: <reason>``
NO_LINKS = "no alignment links"
BELOW_THRESHOLD = "below threshold"
NO_CANDIDATE = "no candidate scored above zero"
OVERLAP_LOST = "overlap lost"
INFEASIBLE = "no feasible matching"
OVERLAPPING_SOURCE = "overlaps another source entity"
LABEL_DROPPED = "label not projected"

# sentence level: the sentence is left out of the output, counted as ``skipped: <reason>``
MISSING_TRANSLATION = "missing translation"  # no target sentence paired with the source (any stage after translate)
MISSING_ALIGNMENT = "missing alignment"
EMPTY_SOURCE = "empty source sentence"
EMPTY_TARGET = "empty target sentence"
ALIGNMENT_OUT_OF_RANGE = "alignment index out of range"
ENTITY_OUT_OF_RANGE = "source entity out of range"
INCOMPLETE = "a source entity not projected"  # only with drop_incomplete
TOO_LONG = "sentence over projection.max_tokens words"  # candidate matching's bound on its cost

# back-translation refinement (``alignment.backtranslation``): why a sentence keeps its direct links,
# counted as ``backtranslation fallback (direct links kept): <reason>``; and entity-level tallies
MARKERS_UNBALANCED = "back-translation markers unbalanced"
MARKERS_LOST = "back-translation lost the markers"
EMPTY_BACKTRANSLATION = "empty back-translation"
NO_SOURCE_ENTITIES = "no source entities"
ENTITY_NOT_RECOVERED = "entity missing from the back-translation"
SPAN_UNMATCHED = "marked span matches no entity translation"

# translation: a source sentence that gets no target Doc; a long sentence translated in parts (a count)
NO_GIVEN_TRANSLATION = "no given translation"
EMPTY_TRANSLATION = "empty translation"
LONG_SENTENCE_SPLIT = "long sentence split"

# pairing two corpora by id
NO_TARGET = "no target sentence"

# self-training: a raw sentence not kept as training data
BELOW_CONFIDENCE = "best parse below min_confidence"
NO_ENTITY = "no entity predicted"


def over_max_words(max_words: int) -> str:
    """A pair the aligner does not take: a side longer than its ``max_words``."""
    return f"longer than {max_words} words"


def over_length_ratio(max_ratio: float) -> str:
    """A pair the aligner does not take: one side over ``max_ratio`` times the other."""
    return f"length ratio above {max_ratio:g}"
