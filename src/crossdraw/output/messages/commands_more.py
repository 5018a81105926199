"""Help, command and output texts the other branches of issues 11-14 needed when they met the zh catalog."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # ---- merge of zh with the other branches of this round: keys they needed
    "help.leader": Text(
        "组长姓名（Q6）。",
        "The group leader's name (组长, Q6).",
    ),
    "help.guide": Text(
        "省厅指导人员姓名（方案中有指导时询问）。",
        "The provincial guide (省厅指导; asked when the plan names one).",
    ),
    "help.party": Text(
        "每个 --seed-part 由谁掷出，顺序相同。",
        "Who rolled each --seed-part, in the same order.",
    ),
    "help.hidden": Text(
        "各方隐藏输入自己的数字（在任何一方公开前先以加盐哈希承诺），或公开输入（都未给出时询问）。",
        "Parties type their digits hidden (committed by salted hash before any is shown) or openly (asked when neither is given).",
    ),
    "help.beacon": Text(
        "事后公布的公开数字（信标），写明来源和日期（如 福彩3D 2026年第321期开奖号码 2026-12-01）：它作为最后一部分种子。",
        "A public number published later, named with its source and date (e.g. 福彩3D 2026年第321期开奖号码 2026-12-01): it becomes the last seed part.",
    ),
    "help.beacon_value": Text(
        "信标公布后的数字。",
        "The beacon's digits, once published.",
    ),
    "help.sheet_page": Text(
        "auto（按文件判断）、signoff（签字确认单）、commitment（抽签前承诺单）或 void（作废说明）。",
        "auto (by the file), signoff (签字确认单), commitment (抽签前承诺单) or void (作废说明).",
    ),
    "help.digest": Text(
        "签字确认单上打印的记录指纹（16 位十六进制）或完整摘要（可重复）：核对的记录中必须有它。",
        "A record's fingerprint as printed on its sign-off sheet (16 hex digits) or its full digest (repeatable): a record verified must have it.",
    ),
    "help.avoid": Text(
        "往年的方案（YAML），其检查关系不得重复（可重复）。",
        "An earlier year's plan (YAML) whose inspections are not repeated (repeatable).",
    ),
    "help.forbid": Text(
        "不得出现的 检查方,被检查方 市州对（CSV）。",
        "CSV of inspector,target pairs that must not occur.",
    ),
    "help.no_avoid_base": Text(
        "允许重复 --groups 方案本身的检查关系。",
        "Allow repeating the inspections of the --groups plan itself.",
    ),
    "help.table_year": Text(
        "新方案的年度（如 2022）。",
        "The year of the new plan (e.g. 2022).",
    ),
    "help.table_out": Text(
        "新方案、分组抽签记录和 ledger.jsonl 的文件夹。",
        "Folder for the new plan, the record and ledger.jsonl.",
    ),
    "out.kind.seed-commit": Text(
        "种子承诺",
        "seed commitment",
    ),
    "out.kind.seed": Text(
        "种子",
        "seed",
    ),
    "out.kind.table": Text(
        "分组抽签",
        "table",
    ),
    "out.table_verified": Text(
        "✓ 核对无误 {path}：{plan} {year} 年，抽定 {n} 个组{signer}",
        "✓ verified {path}: {plan} {year}: {n} groups drawn{signer}",
    ),
    "cmd.plan.odds": Text(
        "统计下一年度有效分组方案的个数，以及每个市州检查另一个市州的概率。\n\n有效分组（含牵头市州）满足 P1–P3，没有两个组互相检查（P4），不重复 --groups 方案（除非 --no-avoid-base）、--avoid 方案或 --forbid 市州对中的检查关系。计数规模允许时概率为精确分数；否则为估计值，并标明方法和 95% 误差范围。没有有效分组时退出码 1（并指出相互冲突的规则），输入有误时 2。\n\n示例：crossdraw plan odds --groups data/groups.yaml --json",
        "Count next year's valid group tables and each prefecture's chance to inspect each other.\n\nA valid table (leads included) keeps P1-P3, has no two groups inspecting each other (P4) and repeats no inspection of the --groups plan (unless --no-avoid-base), of an --avoid plan, or of a --forbid pair. Probabilities are exact fractions when the counting programme is small enough; otherwise they are estimates, labelled as such, with a 95% margin. Exit 1 when no table is valid (naming the rules that conflict), 2 on bad input.\n\nExample:  crossdraw plan odds --groups data/groups.yaml --json",
    ),
    "cmd.plan.draw": Text(
        "抽签确定下一年度的分组：在所有有效分组中完全均匀地抽取（见 plan odds）。\n\n写入 --out，要么全部写成，要么什么都不写：groups-年度.yaml（新方案，格式同 data/groups.yaml：沿用规则，日期按整年顺延并标注待确认，指导人员留空）、table-年度.json（抽签记录，crossdraw verify 可重新推算）以及 ledger.jsonl 中的一行。同一种子总得到同一分组。没有有效分组时退出码 1，输入有误时 2（不写任何文件）。\n\n示例：crossdraw plan draw --year 2022 --seed 38201749561023847561 --out draws/",
        "Draw next year's group table: exactly uniform over the valid tables (see plan odds).\n\nWrites into --out, all or nothing: groups-YEAR.yaml (the new plan, in the format of data/groups.yaml: rules carried over, dates moved by whole years and marked 待确认, guides left empty), table-YEAR.json (the record; `crossdraw verify` re-derives it) and a line in ledger.jsonl. The same seed gives the same table. Exit 1 when no table is valid, 2 on bad input (nothing written).\n\nExample:  crossdraw plan draw --year 2022 --seed 38201749561023847561 --out draws/",
    ),
    # ---- merge of zh with the other branches of this round: keys they needed
    "tableout.seed": Text(
        "随机种子 {seed}",
        "seed {seed}",
    ),
    "tableout.record": Text(
        "抽签记录 {path}",
        "record {path}",
    ),
    "tableout.digest": Text(
        "记录摘要 {digest}",
        "record digest {digest}",
    ),
    "tableout.fingerprint": Text(
        "记录指纹 {fp}",
        "fingerprint {fp}",
    ),
    "tableout.signed": Text(
        "签名密钥 {key}",
        "signed by key {key}",
    ),
    "tableout.head": Text(
        "账本头（第 {line} 行）{fp}：",
        "ledger head (line {line}) {fp}: ",
    ),
    # ---- merge of zh with the other branches of this round: keys they needed
    "input.not_hex": Text(
        "{given} 不是记录摘要或指纹：请给出签字确认单上打印的 16 位十六进制（如 3F2A 91BC 0D4E 7711）或完整的 SHA-256",
        "{given} is not a record's digest: give the 16 hex digits printed on the sign-off sheet (e.g. 3F2A 91BC 0D4E 7711) or the full SHA-256",
    ),
}
