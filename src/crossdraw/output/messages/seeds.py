"""The ceremony's seed: commit-reveal parts, beacons, the 组长, lines that led to no draw (issues 11, 12)."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # --- branch ceremony-seed (issues 11, 12): commit-reveal seeds, beacons, 组长, open lines ---
    "ceremony.leader": Text("组长姓名", "Group leader (组长)"),
    "ceremony.guide": Text("省厅指导人员姓名", "Provincial guide"),
    "ceremony.party": Text("第{i}方掷骰人姓名（或单位）", "Who rolls for party {i}"),
    "ceremony.party_default": Text("第{i}方", "party {i}"),
    "ceremony.part_of": Text(
        "第{i}方（{party}）：请输入掷出的骰子数字", "Party {i} ({party}): type the digits rolled"
    ),
    "ceremony.hide": Text(
        "各方是否隐藏输入骰子数字（输入时屏幕不显示，先记入哈希，再一起公布）？",
        "Do the parties type their digits hidden (not shown while typed; their hashes are "
        "logged first, then all are revealed together)?",
    ),
    "ceremony.part_hidden": Text(
        "第{i}方（{party}）：请输入骰子数字（不显示）",
        "Party {i} ({party}): type the digits rolled (hidden)",
    ),
    "ceremony.part_again": Text(
        "第{i}方（{party}）：请再输入一次（不显示）",
        "Party {i} ({party}): type them once more (hidden)",
    ),
    "ceremony.part_differs": Text(
        "两次输入不一致，请重新输入。", "The two entries differ; please type them again."
    ),
    "ceremony.part_taken": Text(
        "已收到第{i}方（{party}）的 {digits} 位数字（暂不公布）。",
        "Party {i} ({party}): {digits} digits taken (not shown yet).",
    ),
    "ceremony.seed_grouped": Text("{seed}（{digits} 位数字）", "{seed} ({digits} digits)"),
    "ceremony.seed_committed": Text(
        "{n} 个种子部分的承诺已记入账本第 {line} 行（公布任何部分之前）。",
        "The commitment of {n} seed parts is logged at ledger line {line} (before any part "
        "is shown).",
    ),
    "ceremony.part_revealed": Text(
        "公布第{i}方（{party}）：{part}{kind}，与承诺一致",
        "Party {i} ({party}) reveals {part}{kind}; it matches its commitment",
    ),
    "ceremony.from_beacon": Text("，来自公开数字（信标）“{name}”", ", from the beacon “{name}”"),
    "ceremony.seed_final": Text("种子：{seed}", "Seed: {seed}"),
    "ceremony.seed_logged": Text(
        "种子已记入账本第 {line} 行（计算结果之前）。",
        "The seed is logged at ledger line {line} (before the result is computed).",
    ),
    "ceremony.commitment_at": Text(
        "承诺单已保存（种子产生之前），记入账本第 {line} 行：{path}",
        "Commitment sheet saved (before any seed), ledger line {line}: {path}",
    ),
    "ceremony.commitment_reused": Text(
        "沿用本目标尚未完成的承诺（账本第 {line} 行，内容未变）：{path}",
        "Re-using this target's unfinished commitment (ledger line {line}, unchanged): {path}",
    ),
    "ceremony.beacon_ask": Text(
        "是否用一个今后公布的公开数字（信标，如福利彩票开奖号码）作为种子的一部分？",
        "Is a public number published later (a beacon, e.g. a lottery result) a seed part?",
    ),
    "ceremony.beacon_name": Text(
        "请写明信标：来源、期号和公布日期（如：福彩3D 2026年第321期开奖号码，2026-12-01）",
        "Name the beacon: source, draw number and date (e.g. 福彩3D draw 2026-321, 2026-12-01)",
    ),
    "ceremony.beacon_party": Text("公开数字（信标）", "public number (beacon)"),
    "ceremony.beacon_value": Text(
        "信标“{name}”已公布？请输入其数字（尚未公布请直接回车，稍后再来）",
        "Has the beacon “{name}” been published? Type its digits (Enter if not yet: come "
        "back later)",
    ),
    "ceremony.beacon_confirm": Text(
        "信标数字是 {value}，确认吗？", "The beacon is {value}. Correct?"
    ),
    "ceremony.beacon_later": Text(
        "信标“{name}”尚未公布：承诺已记入账本。公布后请再次运行 ceremony，选同一目标继续。",
        "The beacon “{name}” is not published yet: the commitments are logged. Once it is, "
        "run the ceremony again for the same target to go on.",
    ),
    "ceremony.beacon_resume": Text(
        "继续账本第 {line} 行的种子承诺：只差信标数字。",
        "Going on from the seed commitment at ledger line {line}: only the beacon is missing.",
    ),
    "ceremony.kind_commitment": Text("承诺（第 {line} 行）", "commitment (line {line})"),
    "ceremony.kind_seed_commit": Text("种子承诺（第 {line} 行）", "seed commitment (line {line})"),
    "ceremony.kind_seed": Text("种子（第 {line} 行）", "seed (line {line})"),
    "ceremony.interrupted_logged": Text(
        "已取消，未保存抽签记录。账本中已记下：{lines}（承诺单 {path}）。这些记录会在 verify "
        "和 export 中列为“未完成抽签”，重新开始即可。",
        "Cancelled; no draw record was saved. The ledger holds: {lines} (commitment sheet "
        "{path}). verify and export list them as leading to no draw; start again.",
    ),
    "open.title": Text(
        "以下账本记录没有产生抽签（中断或重来，请核实原因）：",
        "These ledger lines led to no draw (interrupted or restarted; ask why):",
    ),
    "open.commitment": Text(
        "  第 {line} 行 承诺 {at} {target}（第{group}组）见证人：{who}",
        "  line {line} commitment {at} {target} (group {group}) present: {who}",
    ),
    "open.seed-commit": Text(
        "  第 {line} 行 种子承诺 {at} {target}（第{group}组）各方：{who}",
        "  line {line} seed commitment {at} {target} (group {group}) parties: {who}",
    ),
    "open.seed": Text(
        "  第 {line} 行 种子 {at} {target}（第{group}组）各方：{who}；种子 {seed}",
        "  line {line} seed {at} {target} (group {group}) parties: {who}; seed {seed}",
    ),
    "verify.seed_parts": Text("    种子 {seed}；各方：{parts}", "    seed {seed}; parts: {parts}"),
    "sheet.party": Text("（{who}）", " ({who})"),
    "sheet.beacon": Text("信标", "beacon"),
    "verify.beacon_part": Text("第{i}部分来自信标“{name}”", "part {i} is the beacon “{name}”"),
}
