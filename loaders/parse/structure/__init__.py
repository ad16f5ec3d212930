"""Structure: the instruments a document issues, their provision trees, terms of validity and interpretations."""
