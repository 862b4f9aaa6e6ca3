"""Running a stage in one process or sharded on Ray workers, with the same code and output."""
