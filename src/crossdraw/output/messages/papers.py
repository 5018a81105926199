"""The sample-data guard, the list shown, the commitment sheet (抽签前承诺单), the void statement (作废说明), default file names."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # --- branch paper (issue 12): the sample-data guard, the list shown, the printed pages ---
    "paper.sample_banner": Text(
        "示例数据，仅供演示，不得用于正式抽签",
        "SAMPLE DATA: demonstration only, never a real draw",
    ),
    "paper.sample_note": Text(
        "所用企业名单是本工具自带的虚构示例数据（data/enterprises.csv）：正式抽签请用 "
        "--enterprises 指定各局的真实企业名单",
        "the enterprise list is crossdraw's bundled fictional sample (data/enterprises.csv): "
        "for a real draw give the bureaus' real list with --enterprises",
    ),
    "paper.list_line": Text(
        "企业名单：{name}（SHA-256 指纹 {fp}）",
        "Enterprise list: {name} (SHA-256 fingerprint {fp})",
    ),
    "paper.list": Text("企业名单", "Enterprise list"),
    "paper.list_short": Text("{name}（指纹 {fp}）", "{name} (fingerprint {fp})"),
    "paper.list_fp": Text("名单指纹", "List fingerprint"),
    "paper.list_sha": Text("名单 SHA-256", "List SHA-256"),
    "paper.list_unnamed": Text("（记录未载文件名）", "(file name not recorded)"),
    "paper.odds_note": Text(
        "加权：本市州每种抽法按其余市州能与它组成的全组有效组合数计权，故每种全组有效组合机会相等；"
        "表中为本次入选的精确概率。",
        "Weighted: a selection here counts once per way the other targets complete it, so "
        "every valid group selection is equally likely; exact chances shown.",
    ),
    "paper.q6_missing": Text(
        "注意：以下未登记（Q6）：{roles}。请当场手写补填并签字。",
        "Note: not recorded (Q6): {roles}. Fill in by hand and sign.",
    ),
    "paper.q6_sep": Text("、", ", "),
    "paper.q6_unrecorded": Text("未登记姓名（Q6）：请手写姓名", "no name recorded (Q6): write it"),
    "paper.leader_none": Text(
        "（未登记，请组长手写姓名并签字）", "(not recorded: write the name and sign)"
    ),
    "paper.place": Text("抽签地点", "the place of the draw"),
    # The commitment sheet (抽签前承诺单), from a ceremony's commitment file.
    "paper.commit.title": Text("交叉执法抽签前承诺单", "Cross-enforcement draw: commitment sheet"),
    "paper.commit.intro": Text(
        "本单在掷骰子产生随机种子之前签字：到场各方确认以下企业库、规则和人员，此后不得更改。",
        "Signed before the dice are rolled: those present confirm the pools, rules and "
        "people below, which may not change.",
    ),
    "paper.commit.group": Text("交叉执法组", "Group"),
    "paper.commit.target": Text("本次抽签市州", "Target drawn now"),
    "paper.commit.at": Text("承诺时间", "Committed at"),
    "paper.commit.place": Text("抽签地点", "Place"),
    "paper.commit.plan_sha": Text("方案文件 SHA-256", "Plan file SHA-256"),
    "paper.commit.pools": Text("各被检查市州企业库", "The pools"),
    "paper.commit.pool_cols": Text(
        "市州|可抽企业|名单企业|不可抽（E2/E3）|企业库指纹",
        "Prefecture|Eligible|Listed|Not drawable (E2/E3)|Pool fingerprint",
    ),
    "paper.commit.this": Text("（本次）", " (now)"),
    "paper.commit.excluded": Text("不可抽企业及原因", "Enterprises that cannot be drawn, and why"),
    "paper.commit.excluded_cols": Text("市州|原因|统一社会信用代码", "Prefecture|Reason|USCC"),
    "paper.commit.rules": Text("适用规则", "Rules in force"),
    "paper.commit.rule_line": Text(
        "{id}：全组至少 {n} 家属于 {cats}", "{id}: at least {n} of the group in {cats}"
    ),
    "paper.commit.substituted": Text(
        "{id}：本组企业库无{missing}，由{stand_in}替代（Q5）",
        "{id}: the pools have no {missing}; {stand_in} stands in (Q5)",
    ),
    "paper.commit.rules_none": Text("（无类别定额）", "(no category quota)"),
    "paper.commit.rules_fixed": Text(
        "Q1 每市州抽取的家数、Q2 县市区分布按方案执行；规则摘要 {fp}",
        "Q1 (how many per prefecture) and Q2 (county spread) as the plan says; rules digest {fp}",
    ),
    "paper.commit.people": Text("到场人员", "Present"),
    "paper.commit.seed": Text("随机种子如何产生", "How the seed will be made"),
    "paper.commit.seed_text": Text(
        "签字后，到场各方依次掷十面骰子，合计至少 20 位数字；各方数字按掷出的"
        "顺序用 - 连接成种子（SHA-256 组合，见 docs/ALGORITHM.md）。种子当场读出并写入抽签记录，"
        "同一种子永远抽出同一结果，任何人可用 crossdraw verify 复核。",
        "After signing, the parties in turn roll ten-sided dice, 20 digits or more in all, "
        "joined with - in the order rolled. The seed is read aloud and kept in the record; "
        "the same seed always draws the same (crossdraw verify).",
    ),
    "paper.commit.digest": Text("承诺单摘要", "Its digest"),
    "paper.commit.fp": Text("承诺单指纹", "Its fingerprint"),
    "paper.commit.file": Text("承诺文件", "Its file"),
    "paper.commit.statement": Text(
        "我们确认：以上企业库和规则已当众公示，在随机种子产生之前签字，之后不作更改。",
        "We confirm that the pools and rules above were shown to all and signed before any seed.",
    ),
    # The void sheet (作废说明) of a withdrawn draw.
    "paper.void.title": Text("交叉执法抽签作废说明", "Cross-enforcement draw: void statement"),
    "paper.void.stamp": Text("作废", "VOID"),
    "paper.void.intro": Text(
        "下列抽签已作废，其抽签结果不作为检查对象依据；账本保留原记录和作废行，不删除任何内容。",
        "The draw below is void: its result is not a basis for inspection. The ledger keeps "
        "the record and the void line; nothing is deleted.",
    ),
    "paper.void.draw": Text("被作废的抽签", "The voided draw"),
    "paper.void.record": Text("抽签记录文件", "Record file"),
    "paper.void.drawn_at": Text("原抽签时间", "Drawn at"),
    "paper.void.drawn": Text("原抽中企业", "Enterprises it drew"),
    "paper.void.why": Text("作废理由", "Why it is void"),
    "paper.void.section": Text("作废情况", "The withdrawal"),
    "paper.void.when": Text("作废时间", "Voided at"),
    "paper.void.line": Text("账本作废行", "Void line in the ledger"),
    "paper.void.line_text": Text(
        "ledger.jsonl 第 {line} 行，指纹 {fp}", "ledger.jsonl line {line}, fingerprint {fp}"
    ),
    "paper.void.draw_line": Text("原抽签账本行", "The draw's ledger line"),
    "paper.void.draw_line_text": Text("ledger.jsonl 第 {line} 行", "ledger.jsonl line {line}"),
    "paper.void.next": Text(
        "重新抽签须另行见证、另掷种子，并另行签署签字确认单。",
        "A redraw needs its own witnesses, its own seed and its own sign-off sheet.",
    ),
    "paper.void.statement": Text(
        "我们确认：上述抽签已作废，理由属实。",
        "We confirm that the draw above is void for the reason given.",
    ),
    "paper.void.signer": Text("作废经办人", "Voided by"),
    "paper.sheet_kind": Text(
        "{path}：不是抽签记录、承诺文件，也不是已作废的抽签记录：无法打印",
        "{path}: neither a draw record nor a commitment file: nothing to print",
    ),
    # Default output file names: they say what they hold.
    "paper.name_export": Text("交叉执法对象-{what}", "cross-enforcement-targets-{what}"),
    "paper.name_checklist": Text("检查表-{what}", "checklists-{what}"),
    "paper.name_groups": Text("{n}个组", "{n}-groups"),
    "paper.name_sep": Text("、", "+"),
    "paper.commit_sheet_saved": Text(
        "抽签前承诺单（请打印，掷骰子之前签字）：{path}",
        "Commitment sheet (print it; sign before the dice are rolled): {path}",
    ),
    "paper.commit_unlogged": Text(
        "账本（同一文件夹的 ledger.jsonl）中没有这份承诺的记录行：签字前请核对这是本次抽签的承诺文件",
        "the ledger beside it (ledger.jsonl) has no line for this commitment: check that it is "
        "this draw's commitment before anyone signs",
    ),
    "paper.not_voided": Text(
        "这次抽签没有作废（账本中没有它的作废行）：作废说明只为已作废的抽签打印；"
        "先用 crossdraw void 作废",
        "this draw was not voided (the ledger has no void line for it): a void statement is "
        "printed only for a voided draw; void it first with crossdraw void",
    ),
}
