"""Next year's group table: `plan odds`, `plan draw` and the table draw's sheet (issue 14)."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # Branch table (issue 14): next year's group table, `plan odds` / `plan draw` (§18).
    "table.sizes_differ": Text(
        "P1/P2：每个市州组建一个组、被一个组检查，组建市州数与被检查市州数须相同；{plan} 中 "
        "members_per_group 为 {members}，targets_per_group 为 {targets}",
        "P1/P2: {plan} sets members_per_group: {members} and targets_per_group: {targets}; "
        "every prefecture is a member of one group and a target of one, so they must be equal",
    ),
    "table.cannot_split": Text(
        "P1：{plan}（{source}）的 {n} 个市州无法分成每组 {size} 个市州的两组以上",
        "P1: the {n} prefectures of {plan} ({source}) cannot form groups of {size} members "
        "with at least two groups",
    ),
    "table.estimate_none": Text(
        "P4：从公开种子抽取的 {proposals} 个方案都有两组互查，有效方案太少，无法估计",
        "P4: none of {proposals} tables drawn from the public seed keeps P4 (no two groups "
        "inspect each other); with these avoided pairs valid tables are too rare to draw",
    ),
    "table.inspected_by_few": Text(
        "P2：{name} 只能被 {n} 个市州检查（{can}），而每组有 {size} 个组建市州（{by}）",
        "P2: {name} can be inspected by only {n} prefecture(s) ({can}), but a group has "
        "{size} members ({by})",
    ),
    "table.inspects_few": Text(
        "P2：{name} 只能检查 {n} 个市州（{can}），而每组检查 {size} 个市州（{by}）",
        "P2: {name} may inspect only {n} prefecture(s) ({can}), but a group inspects {size} ({by})",
    ),
    "table.always_reciprocal": Text(
        "P4：{n} 个市州分 {groups} 组，任何安排都有两组互查",
        "P4: with {n} prefectures in {groups} groups every table has two groups inspecting "
        "each other (P3, P4)",
    ),
    "table.no_table": Text(
        "P3/P4：避免重复检查后没有可行的安排（{by}）",
        "P3/P4: no table keeps P3 and P4 without repeating an avoided inspection ({by})",
    ),
    "table.too_many_rejections": Text(
        "P4：{n} 个候选方案都有两组互查，有效方案太少，无法抽取（见 crossdraw plan odds）",
        "P4: none of {n} proposed tables keeps P4 (no two groups inspect each other); with "
        "these avoided pairs valid tables are too rare to draw (see crossdraw plan odds)",
    ),
    "table.by": Text("禁止来源：{sources}", "forbidden by {sources}"),
    "table.by_none": Text("无", "nothing"),
    "table.source.base": Text("--groups 方案 {path}", "the --groups plan {path}"),
    "table.source.avoid": Text("--avoid 往年方案 {path}", "--avoid {path}"),
    "table.source.forbid": Text("--forbid 禁止组合 {path}", "--forbid {path}"),
    "table.none_listed": Text("无", "none"),
    "table.bad_year": Text(
        "年份 {year} 无效，应为 2022 这样的年份", "{year} is not a year like 2022"
    ),
    "table.out_not_folder": Text("不是文件夹", "is not a folder"),
    # Branch table (issue 14): the sign-off sheet of a table draw (`crossdraw sheet TABLE_RECORD`).
    "tablesheet.title": Text("交叉执法组安排抽签签字确认单", "Group table draw: sign-off sheet"),
    "tablesheet.plan": Text("{title}（{year}年）", "{title} ({year})"),
    "tablesheet.when": Text("抽签时间", "Drawn at"),
    "tablesheet.place": Text("抽签地点", "Place"),
    "tablesheet.seed": Text("随机种子", "Seed"),
    "tablesheet.seed_parts": Text("种子各方输入", "Seed parts"),
    "tablesheet.rules": Text("规则", "Rules"),
    "tablesheet.rules_text": Text(
        "每组 {m} 个组建市州、检查 {m} 个市州；不查本组市州（P3）；两组不互查（P4）；不重复以往检查",
        "{m} member and {m} target prefectures per group; no group inspects its own member (P3); no two groups inspect each other (P4); no inspection repeated",
    ),
    "tablesheet.avoided": Text("不重复的检查", "Not repeated"),
    "tablesheet.avoided_text": Text("{source} {file}（{year}）", "{source} {file} ({year})"),
    "tablesheet.avoided_none": Text("无", "none"),
    "tablesheet.counts": Text("候选方案", "Proposals"),
    "tablesheet.counts_text": Text(
        "候选方案 {proposals} 种（含组长）；随机数 {integer}；因互查（P4）舍弃 {rejected} 次",
        "{proposals} proposal tables (leads included); random integer {integer}; {rejected} rejected for P4",
    ),
    "tablesheet.drawn": Text("抽签结果", "Drawn table"),
    "tablesheet.cols": Text(
        "组别|组长市州（牵头）|组建市州|被检查市州", "Group|Lead prefecture|Members|Targets"
    ),
    "tablesheet.record": Text("抽签记录", "Table record"),
    "tablesheet.record_digest": Text("记录摘要", "Record digest"),
    "tablesheet.record_fp": Text("记录指纹", "Record fingerprint"),
    "tablesheet.ledger_line": Text("账本行", "Ledger line"),
    "tablesheet.ledger_text": Text(
        "第 {line} 行，账本头 {fp}（复核：crossdraw verify 文件夹 --head）",
        "line {line}, head {fp} (check: crossdraw verify FOLDER --head)",
    ),
    "tablesheet.qr": Text("扫码核对记录摘要", "Scan to check the record digest"),
    "tablesheet.tool": Text("工具及算法", "Versions"),
    "tablesheet.versions": Text(
        "crossdraw {version}，算法 {algorithm}", "crossdraw {version}, algorithm {algorithm}"
    ),
    "tablesheet.statement": Text(
        "我们确认：本次分组抽签在见证人见证下当场进行，结果如上，与摘要为上述值的抽签记录一致。核对方法：crossdraw verify 文件夹。",
        "We confirm that this table was drawn on the spot before the witness, that its result is as above, and that it matches the record with the digest above. To check: crossdraw verify FOLDER.",
    ),
    "tablesheet.signatures": Text("签字确认", "Signatures"),
    "tablesheet.witness": Text("见证人", "Witness"),
    "tablesheet.drawer": Text("抽签人", "Drawer"),
    "tablesheet.office": Text("省厅负责人", "Provincial department representative"),
    "tablesheet.typed": Text("登记姓名：{name}", "Name on record: {name}"),
    "tablesheet.date": Text("日期：　　　　年　　月　　日", "Date: ____ / __ / __"),
    "tablesheet.sign": Text("签字：", "Signature: "),
    "tablesheet.fact_cols": Text("项目|内容", "Item|Value"),
    "tablesheet.kind.base": Text("上一年方案", "last year's plan"),
    "tablesheet.kind.avoid": Text("往年方案", "earlier plan"),
    "tablesheet.kind.forbid": Text("禁止组合", "forbidden pairs"),
    # Branch table (issue 14): what `plan odds` and `plan draw` print.
    "tableout.exact": Text(
        "种有效的分组安排（含组长选择；P1-P4，不重复以往检查）",
        "valid tables (leads included; P1-P4, no repeated inspection)",
    ),
    "tableout.estimate": Text(
        "种有效的分组安排 — 估计值，非精确：计数规模过大，从公开种子 crossdraw-plan-odds-v1 "
        "抽取 {proposals} 个方案（{accepted} 个符合 P4），误差为 95% 置信区间半宽",
        "valid tables — ESTIMATE, not exact: the counting programme is too large, so "
        "{proposals} tables were drawn from the public seed crossdraw-plan-odds-v1 "
        "({accepted} kept P4); margins are 95% half-widths",
    ),
    "tableout.estimate_method": Text(
        "从公开种子 crossdraw-plan-odds-v1 重复抽取分组（docs/ALGORITHM.md §18.7）；误差为 95% 置信区间半宽",
        "the table draw repeated from the public seed crossdraw-plan-odds-v1 "
        "(docs/ALGORITHM.md §18.7); margins are 95% half-widths",
    ),
    "tableout.inspects": Text("检查", "inspects"),
    "tableout.title": Text("{title}（{year}年）交叉执法组安排", "{title} ({year}): group table"),
    "tableout.col_group": Text("组", "group"),
    "tableout.col_members": Text("组建市州（组长在前）", "members (lead first)"),
    "tableout.col_targets": Text("被检查市州", "targets"),
    "tableout.lead": Text("{name}（组长）", "{name} (lead)"),
    "tableout.proposals": Text(
        "候选方案 {proposals} 种；随机数 {integer}；此前因互查（P4）舍弃 {rejected} 个",
        "proposals {proposals}; random integer {integer}; {rejected} proposal(s) rejected "
        "for P4 before it",
    ),
    "tableout.new_plan": Text(
        "新方案 {path}（日期待确认，指导人员待填）",
        "new plan {path} (dates 待确认, guides to fill)",
    ),
    "tableout.note_head": Text(
        "请抄在签字确认单上（crossdraw sheet {record}）",
        "note it on the sign-off sheet (crossdraw sheet {record})",
    ),
}
