from gazette_kg.loaders.parse.spans import SourceLine
from gazette_kg.loaders.parse.structure.provisions import build_tree, counts
from tests.seeds import parsed_seed


def _lines(*texts):
    return [SourceLine(i, t) for i, t in enumerate(texts, start=1)]


def test_chapters_articles_and_paragraphs_nest():
    tree = build_tree(
        _lines(
            "第一章 总则",
            "第一条 为了规范管理，制定本办法。",
            "本办法适用于全市。",
            "第二章 附则",
            "第二条 本办法自发布之日起施行。",
        )
    )
    assert [(p.kind, p.label, p.heading) for p in tree] == [("chapter", "第一章", "总则"), ("chapter", "第二章", "附则")]
    article = tree[0].children[0]
    assert (article.kind, article.number, article.text) == ("article", 1, "为了规范管理，制定本办法。")
    assert [(c.kind, c.text) for c in article.children] == [("paragraph", "本办法适用于全市。")]
    assert counts(tree) == (2, 2, 0)


def test_outline_levels_nest():
    tree = build_tree(_lines("一、总体要求", "（一）指导思想。坚持。", "1.第一点。", "（1）细目。", "二、保障措施"))
    assert [p.label for p in tree] == ["一、", "二、"]
    assert tree[0].children[0].children[0].children[0].label == "（1）"
    assert counts(tree) == (0, 0, 2)


def test_seed_instruments_counts():
    by_title = {i.title: i for i in parsed_seed("2022").instruments}
    data = by_title["永州市政务大数据管理办法"]
    assert (data.chapters, data.articles, data.top_items) == (8, 41, 0)
    measures = by_title["永州市持续提升农业机械化水平九条政策措施"]
    assert (measures.chapters, measures.articles, measures.top_items) == (0, 0, 9)


def test_bold_markdown_articles_are_found():
    insurance = next(i for i in parsed_seed("2017").instruments if i.title == "永州市城镇职工基本医疗保险实施办法")
    assert insurance.articles == 39 and insurance.chapters == 7


def test_outline_items_numbered_through_the_chapters_are_top_items():
    tree = build_tree(
        _lines(
            "第一章 总则",
            "一、根据有关规定,制定本规则。",
            "二、工作的准则是依法行政。",
            "第二章 职能",
            "三、政府由县长、副县长组成。",
            "四、实行县长负责制。",
        )
    )
    assert counts(tree) == (2, 0, 4)


def test_articles_numbered_in_arabic_digits_are_articles():
    tree = build_tree(_lines("第1条 为加强管理，制定本办法。", "第2条 本办法适用于本系统。", "第12条 本办法自发布之日起施行。"))
    assert [(p.kind, p.number) for p in tree] == [("article", 1), ("article", 2), ("article", 12)]
    assert counts(tree) == (0, 3, 0)


def test_chapters_listed_in_a_table_of_contents_count_once():
    tree = build_tree(
        _lines(
            "目 录",
            "第一章 总则",
            "第二章 附则",
            "第一章 总则",
            "第一条 为了规范管理，制定本办法。",
            "第二章 附则",
            "第二条 施行。",
        )
    )
    assert counts(tree) == (2, 2, 0)


def test_the_articles_an_amending_decision_names_are_no_articles_of_its_own():
    tree = build_tree(
        _lines(
            "一、对下列法规进行修改",
            "第九条修改为：“各级人民政府应当发挥优势。”",
            "第十三条后增加一条作为第十四条，即：“鼓励。”",
            "第十条第四项修改为：“制氢室。”",
            "第十二条中的“县级”修改为“市级”。",
            "二、本决定自公布之日起施行。",
        )
    )
    assert counts(tree) == (0, 0, 2)
    assert counts(build_tree(_lines("第一条 为了规范管理，制定本办法。", "第二条 增加财政投入。"))) == (0, 2, 0)
