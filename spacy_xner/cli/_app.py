import typer

ALLOW_EMPTY = typer.Option(False, "--allow-empty", help="Write the output even when no sentence got through (else an error)")

app = typer.Typer(
    name="xner",
    help="Projection-based cross-lingual NER: convert, translate, align, project, evaluate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
