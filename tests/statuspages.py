"""Invented database pages of one 规章 each, as law databases print them (fields, then the text), with the
status each prints: 失效 without a date (第12号), 已废止 with its 废止日期 (第13号), 现行有效 (第14号), none (第15号)."""

from __future__ import annotations

from pathlib import Path

PAGE = """标题：某市某某管理办法
发文字号：某市人民政府令第{serial}号
颁布日期：2016年3月2日
实施日期：2016年5月1日
{status}
第一条 为了加强某某管理，制定本办法。
第二条 本办法适用于本市行政区域内的某某管理活动。
第三条 本办法自2016年5月1日起施行。
"""

STATUSES = {12: "时效性：失效\n", 13: "效力状态：已废止\n废止日期：2020年5月1日\n", 14: "时效性：现行有效\n", 15: ""}

# A gazette's decision repealing the 办法 of 第14号, whose page prints 现行有效.
REPEALING_DECREE = """某市人民政府关于废止某某管理办法的决定
某政发〔2021〕3号

各区人民政府，市政府各部门：
经市人民政府研究，决定废止《某市某某管理办法》（某市人民政府令第14号）。
本决定自2021年6月1日起施行。
某市人民政府
2021年5月20日
"""


def page(serial: int) -> str:
    return PAGE.format(serial=serial, status=STATUSES[serial])


def write_status_pages(folder: Path) -> Path:
    """The four pages, one file each, in ``folder``."""
    for serial in STATUSES:
        (folder / f"page{serial}.txt").write_text(page(serial), encoding="utf-8")
    return folder
