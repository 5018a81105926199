"""Every text crossdraw shows people in Chinese and English, in one catalog.

Chinese is the default, English the second language (RULES.md: Chinese first).
Each entry is `Text(zh, en)`: both are required, and both name the same {fields}
(tests/test_messages.py). Texts are looked up by `text(key, lang, **fields)`;
keys are `<where>.<what>`: the ceremony, the sign-off sheet, the checklist. New
zh/en texts (the CLI's messages too) are added here, under their own prefix.
"""

from __future__ import annotations

import os
from typing import Literal, NamedTuple

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")


class Text(NamedTuple):
    zh: str
    en: str


CATALOG: dict[str, Text] = {
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
    # The inspection checklist of each drawn enterprise.
    "checklist.title": Text("交叉执法检查表", "Cross-enforcement inspection checklist"),
    "checklist.group": Text("交叉执法组", "Group"),
    "checklist.target": Text("被检查市州", "Target prefecture"),
    "checklist.enterprise": Text("企业名称", "Enterprise"),
    "checklist.id": Text("统一社会信用代码", "USCC"),
    "checklist.county": Text("县市区", "County"),
    "checklist.categories": Text("企业类别", "Categories"),
    "checklist.none": Text("无", "none"),
    "checklist.record": Text("抽签记录摘要", "Draw record digest"),
    "checklist.t1": Text(
        "T1：金属冶炼企业，检查时间一般不少于1天",
        "T1: metal smelter, inspect for at least one full day",
    ),
    "checklist.no": Text("序号", "No."),
    "checklist.item": Text("检查事项", "Item"),
    "checklist.finding": Text("检查情况（发现的问题）", "Finding"),
    "checklist.evidence": Text("证据固定", "Evidence fixed"),
    "checklist.evidence_mark": Text("证据", "Evidence"),
    "checklist.handoff": Text(
        "移交（分类分级执法）", "Hand-off (classification-and-grading scheme)"
    ),
    "checklist.handoff_text": Text(
        "□ 无需移交  □ 需立案查处，移交：____________（直接监管应急管理部门，制作现场执法文书）",
        "□ none needed  □ case to open, handed to: ____________ (the bureau responsible, which writes the on-site documents)",
    ),
    "checklist.finding_head": Text(
        "检查情况（发现的问题）、证据固定、移交", "Finding; Evidence fixed; Hand-off"
    ),
    "checklist.handoff_boxes": Text("移交：□无需 □移交给______", "Hand-off: □none □to ____"),
    "checklist.handoff_note": Text(
        "移交（分类分级执法）：需立案查处的，移交直接监管的应急管理部门，由其制作现场执法文书。",
        "Hand-off (classification and grading): cases go to the bureau responsible, "
        "which writes the on-site documents.",
    ),
    "checklist.law": Text(
        "同时检查企业遵守安全生产法律法规和强制性标准规范情况。",
        "Compliance with safety laws and mandatory standards is inspected as well.",
    ),
    "checklist.sign": Text(
        "检查人员签字：____________    企业负责人签字：____________    日期：________",
        "Inspectors: ____________    Enterprise head: ____________    Date: ________",
    ),
    "checklist.evidence_kinds": Text(
        "拍照|复制|取样|勘察|书面记载", "photo|copy|sample|survey|written record"
    ),
    # The plan's inspection items C1-C19 (三、执法重点) and two special items of this tool.
    "checklist.item.C1": Text(
        "金属冶炼建设项目依法履行安全设施“三同时”、申办安全设施设计审查情况",
        "Metal-smelting construction projects: safety facilities 'three simultaneities' and safety-facility design review",
    ),
    "checklist.item.C2": Text(
        "生产、储存危险化学品的工贸企业依法每三年进行一次安全评价的情况",
        "Works producing or storing hazardous chemicals: a safety assessment every three years",
    ),
    "checklist.item.C3": Text(
        "建立和落实安全生产责任制、安全生产规章制度和操作规程、作业规程的情况",
        "Safety responsibility system, safety rules and operating procedures",
    ),
    "checklist.item.C4": Text(
        "按照国家规定提取和使用安全生产费用，以及其他安全生产投入的情况",
        "Safety spending drawn and used as required; other safety investment",
    ),
    "checklist.item.C5": Text(
        "依法设置安全生产管理机构和配备安全生产管理人员的情况",
        "Safety management body and safety managers in place",
    ),
    "checklist.item.C6": Text(
        "从业人员受到安全生产教育、培训，取得有关安全培训合格证书的情况",
        "Workers' safety education and training, and their certificates",
    ),
    "checklist.item.C7": Text(
        "工贸企业新建、改建、扩建建设项目的安全设施与主体工程同时设计、同时施工、同时投入生产和使用，以及进行安全设施设计、实施竣工验收和资料备查的情况",
        "New, rebuilt or extended projects: safety facilities designed, built and put into use with the main works; design, acceptance and records",
    ),
    "checklist.item.C8": Text(
        "在有较大危险因素的生产经营场所和有关设施、设备上，设置安全警示标志的情况",
        "Safety warning signs at places and equipment of major danger",
    ),
    "checklist.item.C9": Text(
        "对安全设备设施的维护、保养、定期检测的情况",
        "Maintenance, servicing and periodic testing of safety equipment",
    ),
    "checklist.item.C10": Text(
        "重大危险源登记建档、定期检测、评估、监控和制定应急预案的情况",
        "Major hazard sources: registration, testing, assessment, monitoring and emergency plans",
    ),
    "checklist.item.C11": Text(
        "教育和督促从业人员严格执行本单位的安全生产规章制度和安全操作规程，并向从业人员如实告知作业场所和工作岗位存在的危险因素、防范措施以及事故应急措施的情况",
        "Workers educated to follow the rules, and told truthfully of the hazards, precautions and emergency measures of their post",
    ),
    "checklist.item.C12": Text(
        "为从业人员提供符合国家标准或者行业标准的劳动防护用品，并监督、教育从业人员按照使用规则正确佩戴和使用的情况",
        "Protective equipment meeting national or industry standards, and its correct use supervised",
    ),
    "checklist.item.C13": Text(
        "在同一作业区域内进行生产经营活动，可能危及对方生产安全的，与对方签订安全生产管理协议，明确各自的安全生产管理职责和应当采取的安全措施，并指定专职安全生产管理人员进行安全检查与协调的情况",
        "Two units working in one area: a safety management agreement and a designated coordinator",
    ),
    "checklist.item.C14": Text(
        "对承包单位、承租单位的安全生产工作实行统一协调、管理的情况",
        "Contractors and lessees: unified coordination and management of their safety",
    ),
    "checklist.item.C15": Text(
        "组织安全生产检查，及时排查治理生产安全事故隐患的情况",
        "Safety inspections organised; accident hazards found and fixed",
    ),
    "checklist.item.C16": Text(
        "制定、实施生产安全事故应急预案，以及有关应急预案备案的情况",
        "Emergency plans made, practised and filed",
    ),
    "checklist.item.C17": Text(
        "建立应急救援组织或者兼职救援队伍、签订应急救援协议，以及应急救援器材、设备的配备、维护、保养的情况",
        "Rescue organisation or agreement; rescue equipment kept and maintained",
    ),
    "checklist.item.C18": Text(
        "按照规定报告本单位生产安全事故的情况", "Accidents reported as required"
    ),
    "checklist.item.C19": Text(
        "依法应当监督检查执法的其他情况", "Anything else subject to enforcement by law"
    ),
    "checklist.item.粉尘涉爆专项": Text(
        "粉尘涉爆专项（本工具补充，非方案十九项原文）：粉尘爆炸危险场所辨识及清单；除尘系统设置（不同防火分区、可燃性粉尘与可燃气体不共用）；干式除尘的泄爆、隔爆、惰化、抑爆等控爆措施；防爆电气设备、锁气卸灰、去除异物装置；粉尘清扫制度及现场积尘清理",
        "Dust explosion (a special item added by this tool, not one of the plan's nineteen): hazardous areas identified and listed; dust-removal systems separated; venting, isolation, inerting or suppression on dry collectors; explosion-proof electrics; dust cleaning rules and housekeeping",
    ),
    "checklist.item.涉氨制冷专项": Text(
        "涉氨制冷专项（本工具补充，非方案十九项原文）：液氨使用与储存管理；包装间、分割间、产品整理间等人员较多场所不得采用氨直接蒸发制冷空调系统；快速冻结装置设置；氨泄漏检测报警、事故排风及应急处置器材",
        "Ammonia refrigeration (a special item added by this tool, not one of the plan's nineteen): liquid ammonia use and storage; no direct-expansion ammonia cooling where many people work (packing, cutting, sorting rooms); quick-freezing equipment; ammonia leak detection, alarms, emergency ventilation and response equipment",
    ),
    # Branch table (issue 14): next year's group table, `plan odds` / `plan draw` (§15).
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
    "tablesheet.when_text": Text("{date} {time}（北京时间）", "{date} {time} Beijing time"),
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
        "从公开种子 crossdraw-plan-odds-v1 重复抽取分组（docs/ALGORITHM.md §15.7）；误差为 95% 置信区间半宽",
        "the table draw repeated from the public seed crossdraw-plan-odds-v1 "
        "(docs/ALGORITHM.md §15.7); margins are 95% half-widths",
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


def text(key: str, lang: str = "zh", /, **fields: object) -> str:
    """The text of `key` in `lang` ("zh" or "en"), its {fields} filled in."""
    entry = CATALOG[key]
    if lang == "zh":
        return entry.zh.format(**fields)
    if lang == "en":
        return entry.en.format(**fields)
    raise ValueError(f"unknown language {lang!r} (one of {', '.join(LANGS)})")


def resolve_lang(option: str | None = None) -> Lang:
    """--lang, else CROSSDRAW_LANG, else the locale; Chinese unless English is asked for."""
    for value in (option, os.environ.get("CROSSDRAW_LANG")):
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value.lower().startswith("en"):
            return "en"
        if value.lower().startswith("zh"):
            return "zh"
    return "zh"
