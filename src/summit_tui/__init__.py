"""summit-tui: review the notes several people took at the same conference."""

__version__ = "0.1.0"
