"""Loaders' words (load/: Worded keys `load.<key>`): where in a file, and what is wrong."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # Loaders' words (load/: Worded keys `load.<key>`): where in a file, and what is wrong.
    "load.rows": Text("{file}，第 {places} 行{more}", "{file}, rows {places}{more}"),
    "load.cells": Text("{file}，单元格 {places}{more}", "{file}, {places}{more}"),
    "load.plan_too_many_steps": Text(
        "按这些规则统计有效组合至少需要 {needed} 步，超过 crossdraw 允许的 {limit} 步"
        "（per_prefecture、min_counties 和各项 at_least 相乘决定状态数；没有哪个方案需要这么多）",
        "counting the valid selections under these rules would take at least {needed} steps, "
        "more than the {limit} crossdraw allows (per_prefecture, min_counties and the "
        "requirements' at_least multiply the states; no plan needs this many)",
    ),
    "load.more": Text("等（另有 {n} 处）", " and {n} more"),
    "load.empty": Text("{label}为空", "empty {label}"),
    "load.unknown_prefecture": Text(
        "未知的市州“{text}”{near}（已知：{known}）",
        "unknown prefecture '{text}'{near}; known: {known}",
    ),
    "load.near": Text("，您是不是要输入“{name}”", " (did you mean {name}?)"),
    "load.not_listed": Text(
        "统一社会信用代码 {code} 不在企业名单中{whole}",
        "id {code} is not in the enterprise list{whole}",
    ),
    "load.not_listed_capital": Text(
        "统一社会信用代码 {code} 不在企业名单中（名单中有大写字母的写法）{whole}",
        "id {code} is not in the enterprise list (it is there in capital letters){whole}",
    ),
    "load.not_listed_leading": Text(
        "统一社会信用代码 {code} 不在企业名单中；名单中有 {whole}：开头的字符可能在存成数字或复制时丢了，请核对",
        "id {code} is not in the enterprise list; the list has {whole}: its leading characters "
        "may have been lost",
    ),
    "load.other_prefecture": Text(
        "{code} 在企业名单中属于{listed}（第 {row} 行），不是{given}",
        "{code} is in {listed} in the enterprise list (row {row}), not {given}",
    ),
    "load.listed_again": Text(
        "统一社会信用代码 {code} 在第 {row} 行已经列出", "id {code} is also listed on row {row}"
    ),
    "load.bad_source": Text(
        "来源“{text}”既不是“抽签”也不是“建议”",
        "source '{text}' is neither 抽签 (drawn) nor 建议 (suggested)",
    ),
    "load.unknown_sector": Text(
        "未知的行业“{text}”；八个行业是：{sectors}",
        "unknown sector '{text}'; the eight sectors are {sectors}",
    ),
    "load.not_yes_no": Text(
        "省厅直接执法“{text}”不是“是”或“否”；请填写 是 或 否（空白表示 否）",
        "provincial_direct '{text}' is not yes or no; write 是 or 否 (empty means 否)",
    ),
    "load.last_not_date": Text(
        "上次检查日期“{text}”不是日期；请写成 2021-03-02 这样的格式",
        "last_inspected '{text}' is not a date; write it like 2021-03-02",
    ),
    "load.no_rows": Text(
        "名单中没有企业（只有表头一行）", "lists no enterprises (only a header row)"
    ),
}
