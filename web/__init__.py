"""The web front door: a Flask application over the store and the saved queries."""
