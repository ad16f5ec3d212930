"""Input adapters: bytes of a text file, a PDF or a web page → lines of text with provenance."""
