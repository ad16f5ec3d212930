from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer
from tests.seeds import parsed_seed


def _by_line(key, doc_number):
    out = {}
    for r in parsed_seed(key).responsibilities:
        if r.doc_number == doc_number:
            out.setdefault(r.line, []).append(r.agencies)
    return out


def test_labelled_list_stops_at_non_agency_and_at_deng():
    lines = _by_line("2022", "永政办发〔2022〕11号")
    assert lines[125] == [["市农业农村局", "市自然资源和规划局", "市财政局"]]
    assert lines[147] == [["市农业农村局", "市发改委", "市乡村振兴局"]]


def test_list_wrapping_onto_the_next_line_with_nested_brackets():
    assert _by_line("2022", "永政办发〔2022〕11号")[141] == [["市财政局", "市农业农村局", "人民银行永州市中心支行", "永州银保监分局", "市政府办（金融办）"]]


def test_table_cells():
    lines = _by_line("2022", "永政办发〔2022〕15号")
    assert ["市财政局", "市税务局"] in lines[791]
    assert lines[886] == [["市自然资源局和规划局"], ["市发改委", "市工信局", "市生态环境局"], ["市生态环境局"]]


def test_duties_in_general_are_not_tasks():
    assert 556 not in _by_line("2022", "永政办发〔2022〕14号")


def test_resolution_through_the_gazetteer():
    record = next(r for r in parsed_seed("2022").responsibilities if r.line == 125)
    assert record.resolved == ["永州市农业农村局", "永州市自然资源和规划局", "永州市财政局"]


def test_gazetteer_is_per_city_and_knows_renames():
    g = Gazetteer.default()
    assert g.resolve("市发改委", "岳阳市") == "岳阳市发展和改革委员会"
    assert g.resolve("省住建厅", "永州市") == "湖南省住房和城乡建设厅"
    old = g.lookup("市卫计委", "永州市")
    assert (old.full, old.renamed_to, old.year) == ("永州市卫生和计划生育委员会", "永州市卫生健康委员会", 2019)
    assert g.resolve("不是机关", "永州市") is None


def test_gazetteer_grows_by_configuration(tmp_path, monkeypatch):
    extra = tmp_path / "more.yaml"
    extra.write_text("places: {怀化市: 湖南省}\nagencies:\n  - {full: '{city}大数据中心', aliases: [市数据中心]}\n", encoding="utf-8")
    monkeypatch.setenv("GAZETTE_KG_GAZETTEER", str(extra))
    Gazetteer.default.cache_clear()
    try:
        assert Gazetteer.default().resolve("市数据中心", "怀化市") == "怀化市大数据中心"
    finally:
        monkeypatch.delenv("GAZETTE_KG_GAZETTEER")
        Gazetteer.default.cache_clear()


def test_aliases_seen():
    aliases = {a.alias: a.full for a in parsed_seed("2022").agency_aliases}
    assert aliases["市发改委"] == "永州市发展和改革委员会"
    assert aliases["永州银保监分局"] == "中国银行保险监督管理委员会永州监管分局"


def test_a_provincial_document_resolves_province_short_forms():
    g = Gazetteer.default()
    assert g.resolve("省应急厅", "湖南省") == "湖南省应急管理厅"
    assert g.resolve("省公安厅", "湖南省") == "湖南省公安厅"
