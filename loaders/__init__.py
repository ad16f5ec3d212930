"""Loading gazettes: text → typed model (``parse``) → RDF triples (``rdf``) → store."""
