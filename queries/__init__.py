"""Saved SPARQL queries (``*.rq`` with a metadata header) and the code that runs them."""
