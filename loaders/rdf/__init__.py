"""The mapping from the parsed model to RDF: readable ASCII IRIs and the triples of an issue."""
