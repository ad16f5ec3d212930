"""Documents: cut the body into documents and read their headers — numbers, titles, dates, genres."""
