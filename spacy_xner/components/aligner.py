"""Placeholder until the stage that owns the xner_aligner factory lands."""


def make_aligner(*args, **kwargs):
    raise NotImplementedError("xner_aligner is being built")
