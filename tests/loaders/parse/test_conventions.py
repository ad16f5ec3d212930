from gazette_kg.loaders.parse.conventions import data_rows


def test_rows_skip_comments_and_split_on_tabs():
    rows = data_rows("number_brackets.txt")
    assert ("〔", "〕") in rows and all(len(row) == 2 for row in rows)
    assert all(not row[0].startswith("#") for row in data_rows("genres.txt"))
