import typer

app = typer.Typer(
    name="xner",
    help="Projection-based cross-lingual NER: convert, translate, align, project, evaluate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
