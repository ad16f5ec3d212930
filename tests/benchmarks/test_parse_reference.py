"""The output guard of parser speed work: a reference written today checks clean, a changed one does not."""

from benchmarks.parse_reference import main
from tests.seeds import seed_path


def test_reference_checks_clean_and_names_a_changed_file(tmp_path, capsys):
    seed = seed_path("2018-2")
    assert main(["write", str(tmp_path), str(seed)]) == 0
    assert main(["check", str(tmp_path), str(seed)]) == 0
    written = next(tmp_path.iterdir())
    written.write_text(written.read_text(encoding="utf-8").replace('"documents"', '"docs"', 1), encoding="utf-8")
    assert main(["check", str(tmp_path), str(seed)]) == 1
    assert f"changed: {seed}" in capsys.readouterr().out
