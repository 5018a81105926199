"""The ceremony (crossdraw ceremony): its steps, prompts, and the hints a slip gets."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
    # The ceremony (crossdraw draw --ceremony), step by step.
    "ceremony.title": Text("交叉执法抽签 — {plan}", "Cross-enforcement draw — {plan}"),
    "ceremony.step": Text("第{n}步：{what}", "Step {n}: {what}"),
    "ceremony.step_pick": Text(
        "选择交叉执法组和被检查市州", "choose the group and target prefecture"
    ),
    "ceremony.step_pool": Text(
        "公示抽签范围（企业库）和指纹", "publish the pool and its fingerprint"
    ),
    "ceremony.step_people": Text(
        "登记见证人、抽签人和被检查市州局代表",
        "record the witness, drawer and target-bureau representative",
    ),
    "ceremony.step_seed": Text("生成随机种子（掷十面骰子）", "make the seed (roll ten-sided dice)"),
    "ceremony.step_draw": Text("抽签并公布结果", "draw and reveal"),
    "ceremony.step_write": Text("保存抽签记录", "save the draw record"),
    "ceremony.choose_group": Text("请输入组号", "Group number"),
    "ceremony.choose_target": Text("请输入被检查市州", "Target prefecture"),
    "ceremony.all_drawn": Text(
        "{group}的被检查市州均已抽签，无需再抽。", "Every target of {group} has been drawn already."
    ),
    "ceremony.undrawn": Text("尚未抽签的被检查市州：{targets}", "Targets not yet drawn: {targets}"),
    "ceremony.groups_open": Text(
        "尚有未抽签市州的组：{groups}", "Groups with targets still to draw: {groups}"
    ),
    "ceremony.pool_line": Text(
        "{target}：可抽企业 {eligible} 家（共 {total} 家，排除 {excluded} 家），涉及 {counties} 个县市区",
        "{target}: {eligible} eligible of {total} ({excluded} excluded) in {counties} counties",
    ),
    "ceremony.fingerprint": Text(
        "企业库指纹（请宣读并签字）：{fp}", "Pool fingerprint (read aloud and sign): {fp}"
    ),
    "ceremony.digest": Text("企业库摘要 SHA-256：{digest}", "Pool digest SHA-256: {digest}"),
    "ceremony.excluded_line": Text("  排除：{id} {reason}", "  excluded: {id} {reason}"),
    "ceremony.requirement": Text(
        "  {id} {name}：全组至少 {n} 家，计入类别：{cats}",
        "  {id} {name}: at least {n} in the group, counting {cats}",
    ),
    "ceremony.substituted": Text(
        "  {id}（Q5）：两个被检查市州均无可抽的{missing}企业，{stand_in}企业可以代替",
        "  {id} (Q5): no eligible {missing} enterprise in any target; {stand_in} counts instead",
    ),
    "ceremony.witness": Text(
        "见证人（被检查市州企业代表）姓名",
        "Witness (enterprise representative of the target prefecture)",
    ),
    "ceremony.drawer": Text("抽签人姓名", "Drawer"),
    "ceremony.bureau_rep": Text(
        "被检查市州应急管理局代表姓名", "Target prefecture bureau representative"
    ),
    "ceremony.place": Text("抽签地点", "Place"),
    "ceremony.commitment": Text(
        "承诺单已保存（种子产生之前）：{path}", "Commitment sheet saved (before any seed): {path}"
    ),
    "ceremony.parties": Text(
        "参与产生种子的方数（每方掷骰子）",
        "How many parties contribute to the seed (each rolls dice)",
    ),
    "ceremony.part": Text("第{i}方：请输入掷出的骰子数字", "Party {i}: type the digits rolled"),
    "ceremony.part_digits": Text(
        "只能输入数字 0-9（全角数字、空格均可），请重新输入。",
        "Digits 0-9 only (full-width digits and spaces are fine); please type them again.",
    ),
    "ceremony.part_confirm": Text(
        "第{i}方输入的是 {part}，确认吗？", "Party {i} typed {part}. Correct?"
    ),
    "ceremony.seed_is": Text("种子：{seed}（{digits} 位数字）", "Seed: {seed} ({digits} digits)"),
    "ceremony.short_confirm": Text(
        "种子只有 {digits} 位数字，建议至少 20 位。确定使用吗？",
        "The seed has only {digits} digits; at least 20 are recommended. Use it anyway?",
    ),
    "ceremony.short_refused": Text(
        "种子少于 20 位数字：请增加骰子位数，或加 --accept-short-seed 明确确认。",
        "The seed has fewer than 20 digits: roll more dice, or confirm with --accept-short-seed.",
    ),
    "ceremony.count": Text(
        "符合全部规则（Q1–Q5）的抽签组合共 {count} 种；本次在 {bound} 种（加权）中抽取。",
        "{count} selections satisfy every rule (Q1-Q5); this draw chooses among {bound} (weighted).",
    ),
    "ceremony.reveal": Text("按回车键揭晓抽签结果", "Press Enter to reveal the result"),
    "ceremony.drawn": Text(
        "抽中：{name}（{id}），{county}，{tags}，概率 {odds}",
        "Drawn: {name} ({id}), {county}, {tags}, probability {odds}",
    ),
    "ceremony.saved": Text("抽签记录已保存：{path}", "Draw record saved: {path}"),
    "ceremony.sheet": Text(
        "签字确认单（请打印签字）：{path}", "Sign-off sheet (print and sign): {path}"
    ),
    "ceremony.record_digest": Text("记录摘要：{digest}", "Record digest: {digest}"),
    "ceremony.record_fp": Text("记录指纹：{fp}", "Record fingerprint: {fp}"),
    "ceremony.missing": Text(
        "缺少 {what}：无终端交互时（--no-input）必须用 {flag} 给出。",
        "{what} is missing: without a terminal (--no-input) give it with {flag}.",
    ),
    "ceremony.none": Text("无", "none"),
    # Q6: a slip at a prompt is answered with a hint and the question again, never an exit.
    "ceremony.group_unknown": Text(
        "没有“{answer}”这个组。请输入组号，例如 1、一 或 第一组（可选：{groups}）。",
        "There is no group '{answer}'. Type a group number such as 1 (choices: {groups}).",
    ),
    "ceremony.target_unknown": Text(
        "“{answer}”不是{group}的被检查市州（可选：{targets}）。",
        "'{answer}' is not a target of {group} (choices: {targets}).",
    ),
    "ceremony.did_you_mean": Text("您是不是要输入“{name}”？", "Did you mean {name}?"),
    "ceremony.target_drawn": Text(
        "{target}已抽签，不能再抽（尚未抽签：{targets}）。",
        "{target} has been drawn already (not yet drawn: {targets}).",
    ),
    "ceremony.yes_no": Text("（是/否，直接回车 = {default}）", " (yes/no, Enter = {default})"),
    "ceremony.yes": Text("是", "yes"),
    "ceremony.no": Text("否", "no"),
    "ceremony.yes_no_hint": Text(
        "请回答“是”或“否”（也可输入 好、对、不、y、n；直接回车 = {default}）。",
        "Please answer yes or no (y or n; Enter = {default}).",
    ),
    "ceremony.parties_hint": Text(
        "请输入参与的方数，例如 2 或 二。", "Type how many parties, such as 2."
    ),
    "ceremony.interrupted": Text(
        "中断：未写入任何记录，账本中没有新增内容。",
        "Interrupted: nothing was written; the ledger is unchanged.",
    ),
    "ceremony.interrupted_committed": Text(
        "中断：未写入任何抽签记录。已记入账本的只有本次的承诺单 {path}"
        "（种子产生之前写入，不算抽签；重新开始即可）。",
        "Interrupted: no draw record was written. The ledger holds only this ceremony's "
        "commitment {path} (written before any seed; it is not a draw; start again).",
    ),
}
