"""Tests of gazette_kg.loaders.inputs."""
