"""The reasons a sentence is skipped or an entity is not placed: one vocabulary for records and summaries."""

# entity level: recorded on the translation, counted as ``dropped: <reason>``
NO_LINKS = "no alignment links"
BELOW_THRESHOLD = "below threshold"
NO_CANDIDATE = "no candidate scored above zero"
OVERLAP_LOST = "overlap lost"
INFEASIBLE = "no feasible matching"
OVERLAPPING_SOURCE = "overlaps another source entity"
LABEL_DROPPED = "label not projected"

# sentence level: the sentence is left out of the output, counted as ``skipped: <reason>``
MISSING_TRANSLATION = "missing translation"
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
