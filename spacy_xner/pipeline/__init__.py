"""Running a stage over a corpus: chunks through a component's parts, the output and its summary, resume, Ray.

Between the CLI and the components: ``build`` makes a component from its config (the CLI's words on top),
``translate`` / ``align`` / ``project`` / ``label`` are the stages, ``runner`` streams one in one process and
``on_ray`` shards it over Ray workers with the same code.
"""
