"""Layout: clean the lines (running heads, markup, private data) and read the masthead and table of contents."""
