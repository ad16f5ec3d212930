"""A government site's page printed to PDF: the site around the document goes."""

from gazette_kg.loaders.inputs.webprint import without_file_list, without_site

PAGE = [
    "某市人民政府",
    "首页",
    "政务公开",
    "您当前的位置：首页 > 政务公开 > 市政府文件",
    "某市人民政府关于某事的通知",
    "各区人民政府：",
    "现将有关事项通知如下。",
    "某市人民政府",
    "2023年3月1日",
    "分享到：微信微博",
    "[打印本页] [关闭窗口]",
    "相关文件",
    "某市人民政府关于另一事的通知",
    "主办单位：某市人民政府 承办单位：某市大数据中心",
    "网站标识码：3702000001 鲁ICP备05001234号-1",
]


def test_the_header_navigation_share_bar_related_links_and_footer_go():
    assert without_site(PAGE) == PAGE[4:9]


def test_a_pdf_that_is_no_web_page_keeps_every_paragraph():
    document = PAGE[4:9] + ["抄送：市委各部门。", "相关文件"]
    assert without_site(document) == document


def test_the_pages_files_after_the_document_go_and_its_attachment_note_stays():
    document = ["某市人民政府关于某事的通知", "附件：1.某市某工作方案", "某市人民政府", "2023年3月1日"]
    assert without_file_list(document + ["附件：", "某市人民政府关于某事的通知.doc", "某通知（PDF版）.pdf"]) == document
    assert without_file_list(document) == document
    assert without_file_list(document + ["附件："]) == document  # the label whose links the extractor left out


def test_a_bare_breadcrumb_or_navigation_bar_ends_the_header_and_the_font_switch_goes():
    page = [
        "首页 | 政务公开 | 办事服务",
        "首页>政务公开>政府信息公开>文件",
        "某市人民政府关于某事的通知",
        "来源：某市人民政府 【字体：大 中 小】",
        "现将有关事项通知如下。",
        "责任编辑：王某",
        "分享：",
        "网站标识码：3702000001",
    ]
    assert without_site(page) == ["某市人民政府关于某事的通知", "现将有关事项通知如下。"]
