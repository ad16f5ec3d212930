"""Network analytics over the gazette graph with networkx."""
