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
    # ledger-sign (issue 11): what `crossdraw verify` can and cannot check in a folder.
    "verify.lines_trusted": Text(
        "账本 {n} 行均由受信任的密钥签名：替换、删除中间行、调换或嫁接任何一行都需要私钥。",
        "All {n} ledger lines are signed by a trusted key: replacing, removing (but for the "
        "last), reordering or grafting a line needs the private key.",
    ),
    "verify.lines_signed": Text(
        "账本 {n} 行中有 {signed} 行已签名，但未核对是谁的密钥：请用 --public-key 指定受信任的公钥。",
        "{signed} of the {n} ledger lines are signed, but no key was checked: give the "
        "trusted key with --public-key.",
    ),
    "verify.unsigned": Text(
        "账本行未签名（抽签时未用 --sign-key）：不需要任何密钥，就能把一次抽签连同其记录重抽、"
        "删除或替换，再重新串链。只有与签字单上的账本头（--head）和记录指纹（--digest）核对才能发现。",
        "The ledger's lines are not signed (drawn without --sign-key): with no key at all, a "
        "draw and its record can be redrawn, removed or replaced and the chain rebuilt. Only "
        "the head (--head) and the record fingerprints (--digest) written on the sign-off "
        "sheets show it.",
    ),
    "verify.end_unchecked": Text(
        "未核对账本末尾：删去最后几行（连同其记录）不破坏链条，签名也查不出；"
        '请用签字单上的账本头核对（--head "{head}"，如与纸面一致）。',
        "The end of the ledger was not checked: cutting its last lines (with their records) "
        "leaves the chain intact, signed or not; check it against the head written on the "
        'latest sign-off sheet (--head "{head}", if that is what the paper says).',
    ),
    "verify.head_found": Text(
        "账本仍包含纸面上的账本头 {head}（第 {line} 行）。",
        "The ledger still holds the head {head} written on paper (line {line}).",
    ),
    "verify.fingerprints": Text(
        "各记录指纹（与签字单核对）：",
        "Each record's fingerprint (compare with its sign-off sheet):",
    ),
    "verify.fingerprint_line": Text("  {fp}  {path}{state}", "  {fp}  {path}{state}"),
    "verify.voided_state": Text("（已作废）", " (voided)"),
    "verify.digest_found": Text(
        "纸面指纹 {given} 对应记录 {path}{state}。",
        "The fingerprint {given} on paper is the record {path}{state}.",
    ),
    "verify.digest_missing": Text(
        "没有指纹为 {given} 的记录：签字单上的这次抽签已被删除或替换（或未给出其文件夹）",
        "no record has the fingerprint {given}: the draw on that sign-off sheet was removed "
        "or replaced (or its folder was not given)",
    ),
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
