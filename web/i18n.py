"""The interface in Chinese and English: ``?lang=zh|en`` (remembered in a cookie), else the browser's choice."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import g, request

LANGUAGES = ("zh", "en")

STRINGS: dict[str, dict[str, str]] = {
    "site": {"zh": "政府公报知识图谱", "en": "Gazette knowledge graph"},
    "home": {"zh": "首页", "en": "Home"},
    "queries": {"zh": "常用查询", "en": "Saved queries"},
    "sparql": {"zh": "SPARQL 查询", "en": "SPARQL"},
    "ontology": {"zh": "本体", "en": "Ontology"},
    "resources": {"zh": "资源列表", "en": "Resources"},
    "downloads": {"zh": "数据下载", "en": "Downloads"},
    "analytics": {"zh": "网络分析", "en": "Network analytics"},
    "search": {"zh": "检索", "en": "Search"},
    "search_hint": {"zh": "标题、人名或机关", "en": "titles, people or agencies"},
    "loaded": {"zh": "已载入", "en": "Loaded"},
    "issues": {"zh": "期公报", "en": "issues"},
    "documents": {"zh": "份公文", "en": "documents"},
    "officials": {"zh": "名人员", "en": "officials"},
    "agencies": {"zh": "个机关", "en": "agencies"},
    "triples": {"zh": "条三元组", "en": "triples"},
    "triples_note": {
        "zh": "默认图（各期公报命名图的合并）中的三元组，每条只计一次；与 SPARQL 端点 COUNT(*)、VoID 和 gazette-kg stats 一致",
        "en": "triples of the default graph (the merge of the issue graphs), each counted once: the same as COUNT(*) on the SPARQL endpoint, VoID and gazette-kg stats",
    },
    "run": {"zh": "查询", "en": "Run"},
    "results": {"zh": "结果", "en": "Results"},
    "rows": {"zh": "行", "en": "rows"},
    "truncated": {"zh": "结果已截断：只显示前 {n} 行", "en": "Results cut: only the first {n} rows are shown"},
    "truncated_endpoint": {
        "zh": "结果已截断：端点只返回前 {n} 行（上限 max_results）。",
        "en": "Results cut: the endpoint returned only the first {n} rows (its max_results cap).",
    },
    "the_query": {"zh": "SPARQL 语句", "en": "The SPARQL"},
    "permalink": {"zh": "永久链接", "en": "Permalink"},
    "download": {"zh": "下载", "en": "Download"},
    "properties": {"zh": "属性", "en": "Properties"},
    "inbound": {"zh": "被引用于", "en": "Referenced by"},
    "stated_in": {"zh": "出处", "en": "Stated in"},
    "line": {"zh": "第 {n} 行", "en": "line {n}"},
    "graph_view": {"zh": "关系图", "en": "Graph view"},
    "as_rdf": {"zh": "RDF 格式", "en": "As RDF"},
    "layout": {"zh": "布局", "en": "Layout"},
    "filter_types": {"zh": "按类型筛选", "en": "Filter by type"},
    "expand_hint": {
        "zh": "单击节点展开其关联，双击打开其页面",
        "en": "Click a node to expand its neighbours, double-click to open its page",
    },
    "not_found": {"zh": "未找到", "en": "Not found"},
    "bad_iri": {"zh": "不是有效的 IRI：{iri}", "en": "Not a valid IRI: {iri}"},
    "no_dump": {"zh": "尚无数据下载文件（由 gazette-kg load 生成）", "en": "No dump yet (gazette-kg load writes them)"},
    "bad_page": {"zh": "页码应为非负整数", "en": "The page number must be a whole number, 0 or more"},
    "not_acceptable": {"zh": "无法以所请求的格式提供", "en": "Cannot answer in the format asked for"},
    "http_405": {"zh": "不支持此请求方法", "en": "This method is not allowed here"},
    "http_413": {"zh": "请求过大", "en": "The request is too large"},
    "http_429": {"zh": "请求过于频繁，请稍后再试", "en": "Too many requests; try again later"},
    "error": {"zh": "出错了", "en": "Error"},
    "no_results": {"zh": "没有结果", "en": "No results"},
    "views": {"zh": "专题视图", "en": "Built-in views"},
    "view_citations": {"zh": "引用", "en": "Citations"},
    "view_repeals": {"zh": "废止与承继", "en": "Repeals and successions"},
    "view_agency": {"zh": "机关任务", "en": "Agency tasks"},
    "view_personnel": {"zh": "人事任免", "en": "Personnel"},
    "view_citations_hint": {
        "zh": "该文件引用的文件和引用它的文件，两步以内。",
        "en": "What the document cites and what cites it, two steps out.",
    },
    "view_repeals_hint": {
        "zh": "废止关系两步以内，机关改设的承继关系。",
        "en": "Repeals two steps either way, and agencies' successors after renames.",
    },
    "view_agency_hint": {
        "zh": "给该机关布置任务的文件，以及同在这些文件中承担任务的机关；多的归为一组，点击展开。",
        "en": "Documents that give the agency tasks and the agencies sharing them; long lists are grouped, click to open.",
    },
    "view_personnel_hint": {
        "zh": "某人的任免事项、职务、依据文件和所在议事协调机构。",
        "en": "An official's appointments, posts, the deciding documents and the bodies they sit on.",
    },
    "shares_n": {"zh": "共同任务 {n} 件", "en": "shares {n}"},
    "group": {"zh": "分组", "en": "group"},
    "year": {"zh": "年份", "en": "Year"},
    "date": {"zh": "日期", "en": "Date"},
    "node_size_note": {
        "zh": "节点大小：中介中心度；颜色：群落（Louvain 算法）。",
        "en": "Node size: betweenness centrality · colour: community (Louvain).",
    },
    "most_central_note": {
        "zh": "图中只显示中心度最高的 {n} 个节点，下载文件包含全部。",
        "en": "Showing the {n} most central nodes; the downloads hold all.",
    },
    "neighbours": {"zh": "相邻关系", "en": "Neighbours"},
    "n_more": {"zh": "另 {n} 项（点击展开）", "en": "{n} more (click)"},
    "nodes": {"zh": "个节点", "en": "nodes"},
    "edges": {"zh": "条边", "en": "edges"},
    "classes": {"zh": "类", "en": "Classes"},
    "object_properties": {"zh": "对象属性", "en": "Object properties"},
    "datatype_properties": {"zh": "数据属性", "en": "Datatype properties"},
    "language": {"zh": "English", "en": "中文"},
    "history": {"zh": "沿革", "en": "History"},
    "yes": {"zh": "是", "en": "yes"},
    "no": {"zh": "否", "en": "no"},
    "signed": {"zh": "签发", "en": "Signed"},
    "published": {"zh": "刊登", "en": "Published"},
    "effective": {"zh": "施行", "en": "In force from"},
    "expires": {"zh": "有效期至", "en": "Expires"},
    "ended": {"zh": "失效", "en": "No longer in force"},
    "stated_status": {"zh": "页面标注", "en": "Status printed on the page"},
    "repealed_by": {"zh": "被废止", "en": "Repealed by"},
    "repeals": {"zh": "废止", "en": "Repeals"},
    "cited_by": {"zh": "被引用", "en": "Cited by"},
    "interpreted_by": {"zh": "政策解读", "en": "Interpreted by"},
    "renamed_from": {"zh": "由前身改设", "en": "Renamed from"},
    "renamed_to": {"zh": "改设为", "en": "Renamed to"},
    "dissolved": {"zh": "撤销或更名", "en": "Ceased"},
    "issued": {"zh": "发文", "en": "Issued"},
    "responsible": {"zh": "承担任务", "en": "Made responsible by"},
    "all_n": {"zh": "全部 {n} 项", "en": "all {n}"},
    "in_n_issues": {"zh": "……共 {n} 期公报", "en": "… {n} issues in all"},
    "n_tasks": {"zh": "{n} 项任务", "en": "{n} tasks"},
    "page_n": {"zh": "第 {n} 页", "en": "page {n}"},
    "status_on": {"zh": "{day} 的效力", "en": "Status on {day}"},
    "status_today": {"zh": "今日效力", "en": "Status today"},
    "in_force": {"zh": "现行有效", "en": "In force"},
    "not_in_force": {"zh": "已失效或尚未施行", "en": "Not in force"},
    "status_unknown": {"zh": "效力不明", "en": "Status unknown"},
    "show_on": {"zh": "查看某日效力", "en": "Status on a date"},
    "show": {"zh": "查看", "en": "Show"},
    "status_rdf": {"zh": "该日效力（RDF）", "en": "This status as RDF"},
    "appointments": {"zh": "任免经历", "en": "Appointments"},
    "post": {"zh": "职务", "en": "Post"},
    "date_from": {"zh": "自", "en": "From"},
    "date_to": {"zh": "至", "en": "To"},
    "action": {"zh": "事项", "en": "Action"},
    "probation": {"zh": "试用期", "en": "Probation"},
    "confirmed_on": {"zh": "{day} 正式任职", "en": "confirmed {day}"},
    "decided_by": {"zh": "依据", "en": "Decided by"},
    "source": {"zh": "出处", "en": "Source"},
    "changes_feed": {"zh": "更新订阅（Atom）", "en": "Changes (Atom feed)"},
    "Appointment": {"zh": "任命", "en": "Appointed"},
    "Removal": {"zh": "免职", "en": "Removed"},
    "Confirmation": {"zh": "正式任职", "en": "Confirmed"},
    "Secondment": {"zh": "挂职", "en": "Seconded"},
    "ConcurrentAppointment": {"zh": "兼任", "en": "Concurrently appointed"},
    "ConcurrentRemoval": {"zh": "免去兼职", "en": "Concurrent post removed"},
}

# Column headings of saved-query result tables, by SPARQL variable name (else the name itself).
COLUMNS: dict[str, dict[str, str]] = {
    "number": {"zh": "文号", "en": "Number"},
    "doc": {"zh": "文件", "en": "Document"},
    "title": {"zh": "标题", "en": "Title"},
    "line": {"zh": "行", "en": "Line"},
    "name": {"zh": "名称", "en": "Name"},
    "date": {"zh": "日期", "en": "Date"},
    "person": {"zh": "人员", "en": "Official"},
    "until": {"zh": "截止", "en": "Until"},
    "post": {"zh": "职务", "en": "Post"},
    "event": {"zh": "事项", "en": "Action"},
    "agencyIri": {"zh": "机关", "en": "Agency"},
    "agency": {"zh": "机关", "en": "Agency"},
    "role": {"zh": "职责", "en": "Role"},
    "probation": {"zh": "试用期", "en": "On probation"},
    "other": {"zh": "另一方", "en": "Other"},
    "issue": {"zh": "期次", "en": "Issue"},
    "instrument": {"zh": "文件正文", "en": "Instrument"},
    "from": {"zh": "起", "en": "From"},
    "citing": {"zh": "引用文件", "en": "Citing document"},
    "cited": {"zh": "被引文件", "en": "Cited document"},
    "body": {"zh": "议事协调机构", "en": "Coordination body"},
    "toName": {"zh": "新名称", "en": "New name"},
    "to": {"zh": "改为", "en": "Renamed to"},
    "times": {"zh": "次数", "en": "Times"},
    "term": {"zh": "有效期", "en": "Term"},
    "tasks": {"zh": "任务数", "en": "Tasks"},
    "successor": {"zh": "继任机构", "en": "Successor"},
    "shortForms": {"zh": "简称", "en": "Short forms"},
    "shared": {"zh": "共同任务", "en": "Shared tasks"},
    "section": {"zh": "栏目", "en": "Section"},
    "resource": {"zh": "资源", "en": "Resource"},
    "repealing": {"zh": "废止文件", "en": "Repealing document"},
    "repealedTitle": {"zh": "被废止文件标题", "en": "Repealed title"},
    "repealedNumber": {"zh": "被废止文号", "en": "Repealed number"},
    "repealed": {"zh": "被废止文件", "en": "Repealed document"},
    "postName": {"zh": "职务", "en": "Post"},
    "page": {"zh": "页码", "en": "Page"},
    "otherNumber": {"zh": "另一文号", "en": "Other number"},
    "otherIri": {"zh": "另一文件", "en": "Other document"},
    "label": {"zh": "名称", "en": "Label"},
    "kind": {"zh": "类别", "en": "Kind"},
    "issuer": {"zh": "发文机关", "en": "Issuer"},
    "interpretation": {"zh": "政策解读", "en": "Interpretation"},
    "inCorpus": {"zh": "在库中", "en": "In the corpus"},
    "fromName": {"zh": "原名称", "en": "Former name"},
    "firstLine": {"zh": "首行", "en": "First line"},
    "documents": {"zh": "文件数", "en": "Documents"},
    "direction": {"zh": "方向", "en": "Direction"},
    "citingNumber": {"zh": "引用文号", "en": "Citing number"},
    "citingDocuments": {"zh": "引用文件数", "en": "Citing documents"},
    "citedNumber": {"zh": "被引文号", "en": "Cited number"},
    "citations": {"zh": "被引次数", "en": "Citations"},
    "byNumber": {"zh": "依据文号", "en": "By number"},
    "bodyName": {"zh": "机构名称", "en": "Body"},
    "asWritten": {"zh": "原文写法", "en": "As written"},
    "appointed": {"zh": "任职日期", "en": "Appointed"},
    "alias": {"zh": "别名", "en": "Alias"},
    "limitMonth": {"zh": "截止月份", "en": "Until month"},
    "place": {"zh": "地方", "en": "Place"},
    "untilMonth": {"zh": "截止月份", "en": "Until month"},
    "genre": {"zh": "文种", "en": "Genre"},
    "year": {"zh": "年份", "en": "Year"},
    "leader": {"zh": "领导", "en": "Leader"},
    "abolished": {"zh": "撤销", "en": "Abolished"},
}


# The reasons of a document's status (``loaders.inforce.REASONS``, by code) in Chinese.
REASONS_ZH = {
    "starts": "自 {start} 起施行",
    "starts_by_rule": "自 {start} 起施行（施行日期条款：{rules}）",
    "term": "有效期（原文）：{terms}",
    "repealed_from": "自 {end} 起失效（被 {repealers} 废止）",
    "expired_from": "自 {end} 起失效（有效期届满）",
    "not_yet": "尚未施行：{start} 起施行",
    "until": "有效至 {end} 前一日",
    "repealed_undated": "已被 {repealers} 废止（废止日期不详）",
    "stated": "页面标注：{written}",
    "stated_not_in_force": "已不再有效：页面标注“{written}”（日期不详）",
    "stated_from": "自 {end} 起不再有效：页面标注“{written}”",
    "no_start": "施行日期不详",
    "unknown_document": "库中没有文件 {document}",
}


def current_language() -> str:
    """The request's language, worked out once per request (a page asks for it at every string it shows)."""
    if "language" not in g:
        chosen = request.args.get("lang") or request.cookies.get("lang")
        g.language = chosen if chosen in LANGUAGES else request.accept_languages.best_match(LANGUAGES, default="zh") or "zh"
    return g.language


def translate(key: str, **values) -> str:
    text = STRINGS.get(key, {}).get(current_language(), key)
    return text.format(**values) if values else text


def other_language_url() -> str:
    """This page, with its query string and form values, in the other language."""
    other = "en" if current_language() == "zh" else "zh"
    kept = [(key, value) for key, value in request.args.items(multi=True) if key != "lang"]
    return request.path + "?" + urlencode([*kept, ("lang", other)])


def column_label(variable: str) -> str:
    """The heading of a result column in the page's language."""
    return COLUMNS.get(variable, {}).get(current_language(), variable)


def boolean_text(value: str) -> str:
    """``true``/``false`` as a reader says them: 是/否, yes/no."""
    return translate("yes" if str(value) in ("true", "1") else "no")
