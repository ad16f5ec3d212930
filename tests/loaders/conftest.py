"""Fixtures of the loader tests: specimen PDFs and web pages made from the seeds."""

from tests.specimens import specimens  # noqa: F401  (a session fixture)
