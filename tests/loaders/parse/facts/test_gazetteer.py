from gazette_kg.loaders.parse.facts.gazetteer import Gazetteer


def test_gazetteer_is_per_city_and_knows_renames():
    g = Gazetteer.default()
    assert g.resolve("市发改委", "岳阳市") == "岳阳市发展和改革委员会"
    assert g.resolve("省住建厅", "永州市") == "湖南省住房和城乡建设厅"
    old = g.lookup("市卫计委", "永州市")
    assert (old.full, old.renamed_to, old.year) == ("永州市卫生和计划生育委员会", "永州市卫生健康委员会", 2019)
    assert g.resolve("不是机关", "永州市") is None


def test_gazetteer_grows_by_configuration(tmp_path, monkeypatch):
    extra = tmp_path / "more.yaml"
    extra.write_text(
        "places: {怀化市: 湖南省}\nagencies:\n  - {full: '{city}大数据中心', aliases: [市数据中心]}\n", encoding="utf-8"
    )
    monkeypatch.setenv("GAZETTE_KG_GAZETTEER", str(extra))
    Gazetteer.default.cache_clear()
    try:
        assert Gazetteer.default().resolve("市数据中心", "怀化市") == "怀化市大数据中心"
    finally:
        monkeypatch.delenv("GAZETTE_KG_GAZETTEER")
        Gazetteer.default.cache_clear()


def test_a_provincial_document_resolves_province_short_forms():
    g = Gazetteer.default()
    assert g.resolve("省应急厅", "湖南省") == "湖南省应急管理厅"
    assert g.resolve("省公安厅", "湖南省") == "湖南省公安厅"


def test_short_forms_resolve_relative_to_the_issuing_government():
    g = Gazetteer.default()
    assert g.resolve("区发改局", "昆明市官渡区") == "昆明市官渡区发展和改革局"
    assert g.resolve("区交运局", "昆明市官渡区") == "昆明市官渡区交通运输局"
    assert g.resolve("区水务局", "昆明市官渡区") == "昆明市官渡区水务局"  # by rule: a full department name
    assert g.resolve("市发改委", "昆明市官渡区") == "昆明市发展和改革委员会"
    assert g.resolve("县政府", "平江县") == "平江县人民政府"
    assert g.resolve("市政府办公厅", "北京市") == "北京市人民政府办公厅"
    assert g.resolve("省政府办", "湖南省") == "湖南省人民政府办公厅"
    assert g.resolve("市人大常委会", "洛阳市") == "洛阳市人民代表大会常务委员会"
    assert g.resolve("市委", "岳阳市") == "中共岳阳市委员会"
    assert g.resolve("县政府", "昆明市官渡区") is None  # a district has no 县政府
    assert g.resolve("州发改委", "永州市") is None  # 永州 is no 州


def test_the_province_of_any_city_is_data():
    g = Gazetteer.default()
    assert g.resolve("省住建厅", "厦门市") == "福建省住房和城乡建设厅"
    assert g.resolve("省政府", "昆明市官渡区") == "云南省人民政府"


def test_the_short_form_trie_finds_what_an_alternation_longest_first_finds():
    import re

    from gazette_kg.loaders.parse.facts.gazetteer import trie_pattern

    words = list(Gazetteer.default().short_forms("永州市"))
    text = "市发改委、市发展改革委、市财政局牵头，市政府办和省住建厅配合；市监察委员会、区政府、县政府、永州市"
    alternation = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
    assert [m.span() for m in re.finditer(trie_pattern(words), text)] == [m.span() for m in alternation.finditer(text)]
    assert re.fullmatch(trie_pattern(["ab", "abcd", "a.c"]), "abcd") and not re.fullmatch(trie_pattern(["a.c"]), "abc")


def test_short_forms_found_by_lookups_are_those_the_pattern_finds(monkeypatch):
    """A place's short forms are found by lookups until its texts add up to PATTERN_AFTER characters,
    then by its compiled pattern: both give the same on the seeds and the other governments' documents."""
    from gazette_kg.loaders.parse.facts import gazetteer as module
    from gazette_kg.paths import gold_dir
    from tests.seeds import SEEDS, seed_path

    default = Gazetteer.default()
    texts = [seed_path(key).read_text(encoding="utf-8") for key in SEEDS]
    texts += [path.read_text(encoding="utf-8") for path in sorted((gold_dir() / "others").glob("*.txt"))]
    monkeypatch.setattr(module, "PATTERN_AFTER", 10**9)  # never reached: every text is read by lookups
    for place in ("永州市", "岳阳市", "昆明市官渡区", "湖南省", None):
        fresh = Gazetteer({"places": default.places, "agencies": default.entries, "departments": default.departments})
        found = [fresh.short_forms_in(text, place) for text in texts]
        assert place not in fresh._patterns  # read by lookups, not by the pattern
        pattern = default.short_form_pattern(place)
        assert found == [pattern.findall(text) if pattern else [] for text in texts]
        assert any(found) or place is None


def test_a_short_form_is_known_without_the_place_table_as_the_table_has_it():
    """``short_form`` answers for one name what the whole table of a place's short forms says."""
    default = Gazetteer.default()
    for place in ("永州市", "岳阳市", "昆明市官渡区", "湖南省", None):
        fresh = Gazetteer({"places": default.places, "agencies": default.entries, "departments": default.departments})
        table = default.short_forms(place)
        names = [*default.aliases_for(place), "市政府各部门", "不是机关", "市", "区发改局"]
        assert [fresh.short_form(name, place) for name in names] == [table.get(name) for name in names]
        assert fresh.short_form_prefixes("市监察委员会", place) == [
            (word, table[word]) for word in ("市监察委员会", "市监察委") if word in table
        ]
