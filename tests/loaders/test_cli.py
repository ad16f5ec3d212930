"""`gazette-kg parse`: one object for one file, an array for several, clear errors per file."""

import json

from click.testing import CliRunner

from gazette_kg.loaders.cli import parse
from tests.seeds import seed_path


def test_one_file_gives_one_object():
    result = CliRunner().invoke(parse, [str(seed_path("2022")), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["issue"]["cumulative_number"] == "156-157" and len(data["documents"]) == 9


def test_several_files_give_an_array():
    result = CliRunner().invoke(parse, [str(seed_path("2022")), str(seed_path("2017")), "--json"])
    assert result.exit_code == 0
    assert [d["seed"] for d in json.loads(result.stdout)] == [seed_path("2022").name, seed_path("2017").name]


def test_bad_files_are_named_and_the_rest_still_parsed(tmp_path):
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.4\x00\x01\x02" * 100)
    prose = tmp_path / "letter.txt"
    prose.write_text("这不是公报，只是一封信。\n", encoding="utf-8")
    result = CliRunner().invoke(parse, [str(tmp_path / "missing.txt"), str(binary), str(prose), str(seed_path("2017")), "--json"])
    assert result.exit_code == 1
    assert [d["seed"] for d in json.loads(result.stdout)] == [seed_path("2017").name]
    errors = result.stderr.strip().splitlines()
    assert errors[0].endswith("missing.txt: no such file")
    assert "scan.pdf: not a readable PDF" in errors[1]
    assert "letter.txt: not a gazette" in errors[2]


def test_summary_without_json():
    result = CliRunner().invoke(parse, [str(seed_path("2018-9"))])
    assert result.exit_code == 0
    assert "永政办发〔2018〕10号" in result.stdout


def test_source_url_names_one_file():
    result = CliRunner().invoke(
        parse, [str(seed_path("2022")), str(seed_path("2017")), "--source-url", "https://example.gov.cn/a.html"]
    )
    assert result.exit_code == 2 and "one file" in result.output


def test_a_pdf_and_a_page_are_parsed_by_their_content(specimens, tmp_path):
    renamed = tmp_path / "issue.txt"  # a PDF whatever its name says
    renamed.write_bytes(specimens.pdf("2018-9").read_bytes())
    url = "https://www.yzcity.gov.cn/zfgb/2018-9.html"
    result = CliRunner().invoke(parse, [str(specimens.page("2018-9")), "--json", "--source-url", url])
    assert result.exit_code == 0 and json.loads(result.stdout)["source"] == {"kind": "html", "url": url, "locations": []}
    result = CliRunner().invoke(parse, [str(renamed), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["source"]["kind"] == "pdf"


def test_summary_titles_are_not_cut_when_piped():
    issue = json.loads(CliRunner().invoke(parse, [str(seed_path("2018-9")), "--json"]).output)
    longest = max((doc["title"] for doc in issue["documents"]), key=len)
    assert len(longest) > 40  # longer than an 80-column table leaves for the title
    summary = CliRunner().invoke(parse, [str(seed_path("2018-9"))]).output
    assert longest in summary and "…" not in summary
