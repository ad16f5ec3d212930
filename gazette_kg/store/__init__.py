"""Triple stores behind one interface: embedded Oxigraph (default) or a remote SPARQL 1.1 server.

``open_store(location)`` returns an ``EmbeddedStore`` for a folder path and a
``RemoteStore`` for an http(s) URL; both satisfy ``Store`` in ``base.py``, so loaders,
queries, the web app and analytics never care which one they have.
"""
