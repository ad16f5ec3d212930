"""Tests of gazette_kg.loaders.parse.structure."""
