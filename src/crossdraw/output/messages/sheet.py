"""The sign-off sheet (签字确认单) of one draw record, and what to type when a seed is refused."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # The sign-off sheet (签字确认单) of one draw record.
    "sheet.title": Text("交叉执法抽签签字确认单", "Cross-enforcement draw: sign-off sheet"),
    "sheet.plan": Text("{title}（{year}年）", "{title} ({year})"),
    # `crossdraw draw --seed`: what to type when a seed is refused.
    "draw.seed_form": Text(
        "种子只能是半角数字 0–9，多方的种子之间用 - 连接（例如 38201749561023847561 或 "
        "3820174956-1023847561），不能有空格或全角数字；第 {position} 个字符是 {char}。"
        "请照骰子重新输入数字",
        "a seed is ASCII digits 0-9 only, parties' parts joined by - (e.g. "
        "38201749561023847561 or 3820174956-1023847561), with no spaces or full-width "
        "digits; character {position} is {char}. Type the dice digits again",
    ),
    "draw.seed_empty": Text(
        "种子为空：请输入掷十面骰子得到的数字（至少 20 位）",
        "the seed is empty: type the digits rolled with ten-sided dice (at least 20)",
    ),
    "draw.seed_short": Text(
        "种子只有 {digits} 位数字，至少需要 {least} 位：请再掷十面骰子补足位数，"
        "或加 --accept-short-seed 明确确认使用短种子",
        "the seed has only {digits} digits, at least {least} are needed: roll more "
        "ten-sided dice, or confirm a short seed with --accept-short-seed",
    ),
    "recover.nothing": Text(
        "{folder}：没有中断的写入，无需处理。", "{folder}: no interrupted write; nothing to do."
    ),
    "recover.leftovers": Text(
        "{folder}：一次写入在写账本之前中断，已删除它留下的暂存文件（{files}）。",
        "{folder}: a write stopped before it reached the ledger; removed the files it left ({files}).",
    ),
    "recover.completed": Text(
        "{folder}：已完成一次中断的写入（{files}）：账本行和记录均已到位。",
        "{folder}: completed an interrupted write ({files}); its ledger lines and records are in place.",
    ),
    "recover.undone": Text(
        "{folder}：已撤销一次中断的写入（{files}）。",
        "{folder}: undid an interrupted write ({files}).",
    ),
    "recover.cut": Text(
        "  ledger.jsonl 从 {size} 字节截回 {size_before} 字节（删去 {lines} 行）。",
        "  ledger.jsonl cut back from {size} to {size_before} bytes ({lines} line(s) removed).",
    ),
    "recover.uncut": Text("  ledger.jsonl 未改动。", "  ledger.jsonl was not changed."),
    "recover.ledger_only": Text("仅账本行", "ledger lines only"),
    "recover.next": Text("下一步：crossdraw verify {folder}", "Next: crossdraw verify {folder}"),
    "sheet.void": Text("已作废", "VOIDED"),
    "sheet.void_why": Text(
        "此次抽签已作废（账本 ledger.jsonl 第 {line} 行），理由：{reason}。本单不作为检查对象依据。",
        "This draw was voided (ledger.jsonl line {line}). Reason: {reason}. "
        "This sheet names no inspection target.",
    ),
    "sheet.waiver": Text(
        "本次抽签未执行规则 {rule}（豁免），理由：{reason}",
        "Rule {rule} was WAIVED for this draw. Reason: {reason}",
    ),
    "sheet.group": Text("交叉执法组", "Group"),
    "sheet.group_text": Text("{name}（牵头市州：{lead}）", "{name} (lead prefecture: {lead})"),
    "sheet.target": Text("被检查市州", "Target"),
    "sheet.when": Text("抽签时间", "Drawn at"),
    "sheet.when_text": Text("{date} {time}（北京时间）", "{date} {time} Beijing time"),
    "sheet.place": Text("抽签地点", "Place"),
    "sheet.pool": Text("抽签范围", "Pool"),
    "sheet.pool_text": Text(
        "可抽企业 {eligible} 家（共 {total} 家，排除 {excluded} 家）",
        "{eligible} eligible ({total} listed, {excluded} excluded)",
    ),
    "sheet.pool_text_short": Text("可抽企业 {eligible} 家", "{eligible} eligible"),
    "sheet.pool_digest": Text("企业库摘要", "Pool digest"),
    "sheet.pool_fp": Text("企业库指纹", "Pool fingerprint"),
    "sheet.seed": Text("随机种子", "Seed"),
    "sheet.seed_from": Text("种子来源", "Derived"),
    "sheet.seed_base": Text(
        "掷骰种子 {base}，按“种子/组号/市州”派生",
        "from the rolled seed {base} as SEED/GROUP/PREFECTURE",
    ),
    "sheet.seed_parts": Text("种子各方输入", "Seed parts"),
    "sheet.counts": Text("有效组合数", "Valid selections"),
    "sheet.counts_text": Text(
        "全组 {group} 种；本次在 {draw} 种（加权）中抽取",
        "{group} for the group; this draw chose among {draw} (weighted)",
    ),
    "sheet.drawn": Text("抽签结果", "Drawn enterprises"),
    "sheet.cols": Text(
        "序号|企业名称|统一社会信用代码|县市区|类别|本次入选概率",
        "No.|Name|USCC|County|Categories|Chance in this draw",
    ),
    "sheet.suggested": Text(
        "被检查市州建议的检查对象（非抽签确定，不计入规定数量，Q7）",
        "Suggested by the target prefecture: NOT drawn, NOT counted toward the quotas (Q7)",
    ),
    "sheet.suggested_cols": Text("序号|企业名称|统一社会信用代码|县市区", "No.|Name|USCC|County"),
    "sheet.record": Text("抽签记录", "Draw record"),
    "sheet.record_digest": Text("记录摘要", "Record digest"),
    "sheet.record_fp": Text("记录指纹", "Record fingerprint"),
    "sheet.ledger_line": Text("账本行", "Ledger line"),
    "sheet.ledger_text": Text(
        "第 {line} 行，账本头 {fp}（复核：crossdraw verify 文件夹 --head）",
        "line {line}, head {fp} (check: crossdraw verify FOLDER --head)",
    ),
    "sheet.qr": Text("扫码核对记录摘要", "Scan to check the record digest"),
    "sheet.tool": Text("工具及算法", "Versions"),
    "sheet.versions": Text(
        "crossdraw {version}，算法 {algorithm}", "crossdraw {version}, algorithm {algorithm}"
    ),
    "sheet.statement": Text(
        "我们确认：本次抽签在见证人见证下当场进行，抽签结果如上，与摘要为上述值的抽签记录一致。核对方法：crossdraw verify 记录文件。",
        "We confirm that this draw was made on the spot before the witness, that its result is as above, and that it matches the draw record with the digest above. To check: crossdraw verify RECORD.",
    ),
    "sheet.signatures": Text("签字确认", "Signatures"),
    "sheet.witness": Text(
        "见证人（被检查市州企业代表）",
        "Witness (enterprise representative of the target prefecture)",
    ),
    "sheet.drawer": Text("抽签人", "Drawer"),
    "sheet.bureau_rep": Text("被检查市州局代表", "Target prefecture bureau representative"),
    "sheet.leader": Text("组长", "Group leader"),
    "sheet.sign": Text("签字：", "Signature: "),
    "sheet.date": Text(
        "日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日", "Date: ____ / __ / __"
    ),
    "sheet.typed": Text("登记姓名：{name}", "Name on record: {name}"),
    "sheet.typed_md": Text("（登记姓名：{name}）", " (name on record: {name})"),
    "sheet.sep": Text("\u3000", "   "),
    "sheet.fact_cols": Text("项目|内容", "Item|Value"),
    "sheet.none": Text("无", "none"),
}
