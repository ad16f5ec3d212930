"""Tests of gazette_kg.loaders.rdf."""
