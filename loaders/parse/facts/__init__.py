"""Facts: personnel actions, coordination bodies, repeals, citations, responsibilities and agency names, per document."""
