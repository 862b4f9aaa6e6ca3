"""The ``xner`` app and the options its commands share; each command module registers itself on ``app``."""
import typer

CONFIG = typer.Option(None, "--config", "-c", help="The component's config (.cfg whose sections are its settings: aligner, projection, translator); options and overrides go on top")
# `--section.key value` after the paths: spaCy-style overrides of the component's config
OVERRIDES = {"allow_extra_args": True, "ignore_unknown_options": True}
ALLOW_EMPTY = typer.Option(False, "--allow-empty", help="Write the output even when no sentence got through (else an error)")

app = typer.Typer(
    name="xner",
    help="Projection-based cross-lingual NER: convert, translate, align, project, evaluate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # help texts say "[default: ...]" literally; rich markup would swallow them
)
