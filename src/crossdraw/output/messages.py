"""Every text crossdraw shows people in Chinese and English, in one catalog.

Chinese is the default, English the second language (RULES.md: Chinese first).
Each entry is `Text(zh, en)`: both are required, and both name the same {fields}
(tests/test_messages.py). Texts are looked up by `text(key, lang, **fields)`;
keys are `<where>.<what>`: the ceremony, the sign-off sheet, the checklist. New
zh/en texts (the CLI's messages too) are added here, under their own prefix.
"""

from __future__ import annotations

import os
from contextvars import ContextVar, Token
from typing import TYPE_CHECKING, Literal, NamedTuple

if TYPE_CHECKING:
    from crossdraw.domain.errors import Problem
    from crossdraw.domain.quota import ActiveRequirement
    from crossdraw.domain.rules import Finding
    from crossdraw.records.record import Mismatch

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
    # ---- branch zh (issue 12): every command's help, Click's own words, CLI messages, rules.
    # Click's own words (cli/words.py formats help and usage errors with these).
    "click.usage": Text("用法：", "Usage: "),
    "click.options": Text("选项", "Options"),
    "click.arguments": Text("参数", "Arguments"),
    "click.commands": Text("命令", "Commands"),
    "click.help": Text("显示本帮助并退出。", "Show this message and exit."),
    "click.required": Text("必填", "required"),
    "click.default": Text("默认：{value}", "default: {value}"),
    "click.env_var": Text("环境变量：{var}", "env var: {var}"),
    "click.try_help": Text("输入“{command} --help”查看帮助。", "Try '{command} --help' for help."),
    "click.error": Text("错误：{message}", "Error: {message}"),
    "click.missing_option": Text("缺少选项 {name}。", "Missing option {name}."),
    "click.missing_argument": Text("缺少参数 {name}。", "Missing argument {name}."),
    "click.no_such_option": Text("没有选项 {name}。", "No such option: {name}."),
    "click.possible": Text("（您是不是要输入：{names}）", " (Possible options: {names})"),
    "click.no_such_command": Text(
        "没有“{name}”这个命令（可用命令：{names}）。",
        "No such command '{name}' (commands: {names}).",
    ),
    "click.missing_command": Text(
        "缺少命令（可用命令：{names}）。", "Missing command (commands: {names})."
    ),
    "click.needs_value": Text("选项 {name} 后面需要一个值。", "Option {name} requires a value."),
    "click.no_value": Text("选项 {name} 不带值。", "Option {name} does not take a value."),
    "click.invalid": Text("{name} 的值无效：{message}", "Invalid value for {name}: {message}"),
    "click.not_int": Text("应为整数", "a whole number is needed"),
    "click.not_choice": Text(
        "“{value}”不是可选值（可选：{choices}）", "'{value}' is not one of {choices}"
    ),
    "click.no_path": Text("文件或文件夹 {value} 不存在", "{value} does not exist"),
    "click.extra_args": Text("多余的参数：{args}", "Got unexpected extra argument(s): {args}"),
    "click.other": Text("命令行有误：{message}", "Command line error: {message}"),
    "cli.interrupted": Text(
        "已取消（Ctrl-C），未保存抽签记录，未写入任何文件。",
        "Cancelled (Ctrl-C): no draw record was saved and nothing was written.",
    ),
    "cli.error": Text("错误", "error"),
    "cli.warning": Text("提示", "warning"),
    "cli.infeasible": Text("无法抽签", "infeasible"),
    "cli.more": Text("……另有 {n} 条", "… and {n} more"),
    "cli.nothing_written": Text("未抽签，未写入任何文件", "nothing was drawn or written"),
    "cli.no_seed": Text(
        "抽签需要种子，本工具不会自己生成：请在见证人面前掷十面骰子（至少 20 位数字），"
        "用 --seed 输入",
        "a draw needs a seed and crossdraw never invents one: roll ten-sided dice in front "
        "of the witnesses (at least 20 digits) and give them with --seed",
    ),
    # The help of every command (cli/words.py: a command's help is `cmd.<name>`).
    "cmd.root": Text(
        "交叉执法抽签：见证下进行、严格公平、可复核的抽签工具；也可按方案的定额核对拟定的企业名单。"
        "\n\n示例：crossdraw pool --group 1",
        "Witnessed, exactly fair and verifiable lottery of a cross-enforcement plan "
        "(交叉执法抽签), and checks of proposed enterprise lists against its quotas."
        "\n\nExample:  crossdraw pool --group 1",
    ),
    "cmd.plan": Text(
        "查看执法方案（groups.yaml），并抽签确定下一年度的分组。\n\n示例：crossdraw plan check",
        "Inspect the plan (groups.yaml), and draw next year's group table.\n\nExample:  crossdraw plan check",
    ),
    "cmd.plan.check": Text(
        "列出方案的各组，并按 P1–P6 检查（组的构成、交叉规则、人员名单、日期）。"
        "\n\n方案无误退出码 0，违反 P 规则 1，文件无法读取 2。"
        "\n\n示例：crossdraw plan check --groups data/groups.yaml",
        "Show the plan's groups and check P1-P6 (structure, cross rule, roster, dates)."
        "\n\nExit 0 when the plan holds, 1 when a P rule is broken, 2 when the file is "
        "unreadable.\n\nExample:  crossdraw plan check --groups data/groups.yaml",
    ),
    "cmd.pool": Text(
        "列出每个被检查市州的抽签范围：企业数、县市区、类别、排除的企业和企业库摘要。"
        "\n\n企业库摘要是对规范化清单计算的 SHA-256，与行的顺序无关（见 docs/ALGORITHM.md）；"
        "见证人在种子产生之前签字确认。\n\n示例：crossdraw pool --group 1 --prefecture 湘潭",
        "Show each target's eligible pool: size, counties, categories, exclusions and "
        "digest.\n\nThe pool digest is SHA-256 over a canonical listing that does not depend "
        "on row order (docs/ALGORITHM.md); witnesses sign it before any seed exists."
        "\n\nExample:  crossdraw pool --group 1 --prefecture 湘潭",
    ),
    "cmd.validate": Text(
        "按 E1–E3、Q1–Q5、Q7、T1–T2 核对拟定的检查对象名单。"
        "\n\n建议的检查对象（来源 = 建议）列出但不计入数量（Q7）。没有任何行的组报告为“尚未列出”，"
        "加 --complete 则按不合格处理。检查日期（开始、结束）按 T1（金属冶炼企业至少一天）"
        "和 T2（在截止日期前）核对。符合退出码 0，违反规则 1，输入有误 2。"
        "\n\n示例：crossdraw validate 拟定名单.csv --complete",
        "Check a proposed list of target enterprises against E1-E3, Q1-Q5, Q7 and T1-T2."
        "\n\nSuggested rows (source = suggested / 建议) are shown but never counted (Q7). "
        "Groups with no rows are reported as not yet listed unless --complete is given. "
        "Visit dates (start_date, end_date) are judged under T1 (a metal smelter at least "
        "one day) and T2 (by the deadline). Exit 0 valid, 1 rule violations, 2 bad input."
        "\n\nExample:  crossdraw validate proposed.csv --complete",
    ),
    "cmd.ceremony": Text(
        "见证下的抽签仪式：逐步引导抽取一个被检查市州（默认中文）。"
        "\n\n1 选择组和尚未抽签的市州；2 公示企业库及其指纹，登记在场人员，在种子产生之前保存承诺单；"
        "3 由一方或多方掷骰子产生种子（每方的数字都会复述）；4 揭晓抽签结果及概率；5 保存抽签记录。"
        "加 --no-input 时所有回答都来自选项，脚本不会卡住；最后一步之前按 Ctrl-C 不会留下记录。"
        "\n\n示例：crossdraw ceremony --group 1 --prefecture 湘潭",
        "The witnessed draw of one target prefecture, guided step by step (Chinese by "
        "default).\n\n1 pick the group and an undrawn target; 2 show the pool and its "
        "fingerprint, record who is present and write the commitment sheet before any seed "
        "exists; 3 collect the seed from one or more parties (dice digits, each shown back); "
        "4 reveal the draw with odds; 5 write the record. With --no-input every answer comes "
        "from flags, so scripts never hang; Ctrl-C before the last step leaves no record."
        "\n\nExample:  crossdraw ceremony --group 1 --prefecture 湘潭 --lang en",
    ),
    "cmd.draw": Text(
        "抽取一个组的检查对象：在所有符合规则的组合中严格均匀地抽取。"
        "\n\n在终端中运行且未给出 --group 或 --seed 时，进入引导式抽签仪式（见 crossdraw ceremony）；"
        "脚本中用 --no-input 关闭。"
        "\n\n给出 --prefecture 时，按输入的种子抽取该市州（组内第二个市州以第一个市州有效的抽签为前提，"
        "从 --out 的账本中查找或用 --after 给出）。不给时按顺序抽取本组各市州，"
        "种子分别为“种子/组号/市州”。每次抽签写一份记录，并在 --out/ledger.jsonl 中记一行，"
        "要么全部写入，要么都不写；已有有效抽签的市州不能再抽（用 crossdraw void 作废）。"
        "没有符合规则的组合时退出码 1（并说明原因），输入有误 2。"
        "\n\n示例：crossdraw draw --group 1 --seed 38201749561023847561 --witness 张三",
        "Draw a group's target enterprises: exactly uniform over all valid selections."
        "\n\nRun in a terminal without --group or --seed, it starts the guided ceremony "
        "(see `crossdraw ceremony`); --no-input turns that off for scripts."
        "\n\nWith --prefecture, draws that target with the seed as entered (a group's second "
        "target uses the first's standing draw, found in --out's ledger or given with "
        "--after). Without it, draws the group's targets in order, each with the seed "
        '"SEED/GROUP/PREFECTURE". Writes one record per prefecture draw and one line per '
        "record to --out/ledger.jsonl, all or nothing; a target whose draw stands is refused "
        "(withdraw it with `crossdraw void`). Exit 1 when no selection satisfies the rules "
        "(with the reason), 2 on bad input."
        "\n\nExample:  crossdraw draw --group 1 --seed 38201749561023847561 --witness 张三",
    ),
    "cmd.odds": Text(
        "精确概率：本组符合规则的组合数，以及每家可抽企业的入选概率。"
        "\n\n概率为约分后的精确分数。本组已有市州抽签时（记录在 --out 中或用 --after 给出），"
        "同时列出其余市州的条件概率。\n\n示例：crossdraw odds --group 5 --json",
        "Exact odds: the group's valid-selection count and every eligible enterprise's "
        "chance.\n\nProbabilities are exact reduced fractions. When a target of the group "
        "was already drawn (its record in --out or given with --after), also shows the "
        "conditional odds of the targets still to draw.\n\nExample:  crossdraw odds --group 5 --json",
    ),
    "cmd.verify": Text(
        '根据记录自身的企业库清单、规则和种子重新推算每份记录，并核对账本。\n\n给出文件夹（或 --ledger 文件夹）时逐行核对 ledger.jsonl（被改动、删除、移动或截断的行，按行号报告），核对每个抽签行的记录都在且摘要一致，每份记录都有账本行，然后逐份核对记录。单独给出的记录文件与其旁边的账本核对。给出 --public-key 或 --trusted-keys 时，每份记录和每一账本行都必须有受信任密钥的有效签名（账本行的签名覆盖前一行和行号，没有私钥就无法替换、删除、调换或嫁接任何一行）。--head 核对签字确认单上抄写的账本头仍是账本中的一行：链条和签名都查不出连同记录一起从末尾删去的行。--digest 核对签字确认单上打印的记录仍在。--groups、--enterprises 和 --exclude 用输入核对每份记录：方案的规则和组、每家抽中企业的名称、县市区和类别，以及抽签所用排除文件和近期检查规则给出的 E3 排除。一切正常退出码 0，不一致或被篡改 3，文件无法读取 2。\n\n示例：crossdraw verify draws/ --head "3F2A 91BC 0D4E 7711" --public-key bureau.pub',
        "Re-derive every record from its own pool listings, rules and seed; check the ledger.\n\nA folder (or --ledger FOLDER) checks its ledger.jsonl line by line (an edited, deleted, moved or cut line, by line number), that every draw line's record is there with the digest logged, and that every record in it has its line; each record is then verified. A record given by file is checked against the ledger beside it, if any. With --public-key or --trusted-keys every record and every ledger line must carry a good signature by a trusted key (a line's signature covers the line before it and its number, so no line can be replaced, removed, moved or grafted without the key). --head checks that a head written on a sign-off sheet is still a line of the ledger: neither the chain nor signatures can show lines cut from its end together with their records. --digest checks that the record printed on a sign-off sheet is still there. --groups, --enterprises and --exclude compare each record with its inputs: the plan's rules and group, each drawn enterprise's name, county and categories, and the E3 exclusions the draw's exclusion file and inspection rule give. Exit 0 when all is well, 3 on any mismatch or tampering, 2 when a file cannot be read.\n\nExample:  crossdraw verify draws/ --head \"3F2A 91BC 0D4E 7711\" --public-key bureau.pub",
    ),
    "cmd.sheet": Text(
        "生成可打印的 A4 页面：抽签记录的签字确认单（供 Q6 规定的人员签字；已作废的记录加盖“已作废”），承诺文件的抽签前承诺单（--page commitment，掷骰子之前签字），已作废抽签的作废说明（--page void），或分组抽签记录（plan draw）的签字确认单。默认按文件自动判断。\n\n签字确认单一页 A4：方案、组、被检查市州、时间地点、企业名单及其指纹、企业库规模和指纹、种子（分组显示及位数）、组合数、抽中的企业及其精确概率、豁免（加粗）、另列的 Q7 建议对象、记录摘要及二维码，以及见证人、抽签人、被检查市州局代表和组长的签字栏。先核对记录；记录无法复现时不生成（退出码 3），已有的页面不覆盖（退出码 2）。输出所写文件的路径。\n\n示例：crossdraw sheet draws/group1-湘潭市-….json",
        "Write a printable A4 page: the sign-off sheet (签字确认单) of a draw record, for the Q6 signatures (stamped 已作废 when the draw was voided); the commitment sheet (抽签前承诺单) of a commitment file (--page commitment, signed before the dice); the void statement (作废说明) of a voided draw (--page void); or the sign-off sheet of a table record (plan draw). By default the file decides.\n\nThe sign-off sheet is one A4 page: plan, group, target, date and place, the enterprise list and its fingerprint, pool size and fingerprint, the seed (grouped, with its digit count), the counts, the drawn enterprises with their exact odds, any waiver in bold, Q7 suggestions apart, the record digest with a QR code, and signature lines. The record is verified first; a page is never written for one that does not reproduce (exit 3), and an existing page is never overwritten (exit 2). Prints the path written.\n\nExample:  crossdraw sheet draws/group1-湘潭市-….json",
    ),
    "cmd.template": Text(
        "生成带中文表头的空白企业名单模板。"
        "\n\nxlsx 的每个表头单元格都有填写说明，行业、类别和省厅直接执法列有下拉选项，"
        "统一社会信用代码列设为文本，Excel 会保留全部 18 位；上次检查日期列为日期格式。"
        "csv 只有表头一行（UTF-8，带 BOM）。不覆盖已有文件（退出码 2）。"
        "\n\n示例：crossdraw template --format xlsx --out 湘潭市企业名单.xlsx",
        "Write an empty enterprise-list template with the Chinese column headers."
        "\n\nThe xlsx has a note on every header cell saying what to write, drop-downs for "
        "sector, categories and 省厅直接执法 (yes/no), the code column formatted as text so "
        "Excel keeps all 18 characters, and a date column. The csv is the header row alone, "
        "UTF-8 with BOM. Never overwrites a file (exit 2)."
        "\n\nExample:  crossdraw template --format xlsx --out 湘潭市企业名单.xlsx",
    ),
    "cmd.export": Text(
        "按省厅归档的格式导出一个组或整个方案的检查对象名单。"
        "\n\n每家检查对象一行（组、牵头市州、被检查市州、企业、统一社会信用代码、县市区、行业、类别、"
        "抽签或建议、概率、记录摘要），按组、市州和代码排序。xlsx 另有一张定额核对表，"
        "说明各组如何满足 Q1–Q5（给出 --list 检查日期时还有 T1–T2）以及由哪些企业满足，"
        "和一张 E2/E3 排除清单。先核对记录（无法复现时退出码 3）。已写入且符合规则退出码 0，"
        "已写入但违反规则 1，输入有误 2（不写入）。"
        "\n\n示例：crossdraw export draws/ --format xlsx --out 交叉执法对象.xlsx",
        "Export the target list of one group or the whole plan, as the provincial office "
        "files it.\n\nOne row per target enterprise, ordered by group, target and id. The "
        "xlsx adds a sheet showing how each group met Q1-Q5 (and T1-T2 when --list gives "
        "visit dates) and by which enterprises, and one of every E2/E3 exclusion. Records "
        "are verified first (exit 3 if one does not reproduce). Exit 0 written and valid, "
        "1 written but a rule is broken, 2 bad input (nothing written)."
        "\n\nExample:  crossdraw export draws/ --format xlsx --out 交叉执法对象.xlsx",
    ),
    "cmd.checklist": Text(
        "为记录中抽中的每家企业生成检查表。"
        "\n\n每张表列出适用的方案检查事项（三、执法重点）：每家企业 C3–C6、C8、C9、C11–C19；"
        "金属冶炼建设项目加 C1、C7；危险化学品加 C2；重大危险源加 C10；粉尘涉爆和涉氨制冷企业各加"
        "一个专项。每项留有填写检查情况、证据固定和移交的位置。金属冶炼企业标注 T1（至少一整天）。"
        "先核对记录（无法复现时退出码 3）。不覆盖已有文件（退出码 2）。"
        "\n\n示例：crossdraw checklist draws/group1-湘潭市-3f2a91bc0d4e.json --format html",
        "Write the inspection checklist of every enterprise the records drew."
        "\n\nEach sheet lists the plan's items (三、执法重点) that apply: C3-C6, C8, C9, "
        "C11-C19 for every enterprise; C1 and C7 for metal smelters' construction projects; "
        "C2 for hazardous chemicals; C10 for major hazard sources; a special item for "
        "dust-explosion and for ammonia-refrigeration enterprises. Metal smelters are marked "
        "T1. Records are verified first (exit 3 if one does not reproduce). Never overwrites "
        "a file (exit 2).\n\nExample:  crossdraw checklist draws/group1-湘潭市-3f2a91bc0d4e.json --format html",
    ),
    "cmd.void": Text(
        "作废一次有效的抽签：在记录旁边的账本中追加一行作废说明。"
        "\n\n记录本身不改动也不删除；其抽签行和作废行永久留在 ledger.jsonl 中，每一次重抽都可查。"
        "作废后该市州可以重新抽签，被作废的结果不再作为本组之前的抽签。记录不是其文件夹账本中"
        "有效的抽签（例如已作废）时退出码 2。"
        '\n\n示例：crossdraw void draws/group1-湘潭市-3f2a91bc0d4e.json --reason "见证人未到场，经双方同意重抽"',
        "Withdraw a standing draw: appends a void line to the ledger beside the record."
        "\n\nThe record is neither changed nor deleted; its draw line and the void line stay "
        "in ledger.jsonl for good, so every redraw can be seen. Afterwards the target may be "
        "drawn again. Exit 2 when the record is not a standing draw of its folder's ledger "
        "(e.g. already voided)."
        '\n\nExample:  crossdraw void draws/group1-湘潭市-3f2a91bc0d4e.json --reason "见证人未到场，经双方同意重抽"',
    ),
    "cmd.recover": Text(
        "完成或撤销一次被崩溃或强制结束打断的写入。"
        "\n\n只读的命令（verify、validate、export、checklist、sheet、odds）从不改动文件夹，只报告"
        "被打断的写入。本命令像下一次抽签、作废或仪式那样处理它：账本行和记录都已到位的写入予以完成，"
        "其余的撤销，文件夹恢复原状。日志中出现本文件夹记录以外的文件，或账本、日志是符号链接时，"
        "拒绝处理（退出码 2），不删除任何文件。\n\n示例：crossdraw recover draws",
        "Finish or undo a write to a draws folder that a crash or a killed process "
        "interrupted.\n\nReading commands (verify, validate, export, checklist, sheet, odds) "
        "never change a folder: they only report an interrupted write. This command settles "
        "it: a write whose ledger lines and records are all in place is completed; any other "
        "is undone. A journal that names anything but record files of this folder, or a "
        "ledger or journal that is a symbolic link, is refused (exit 2) and nothing is "
        "deleted.\n\nExample:  crossdraw recover draws",
    ),
    "cmd.keygen": Text(
        "生成 Ed25519 密钥对，供 draw --sign-key 和 void --sign-key 签名使用。"
        "\n\n写入 crossdraw-signing.key（私钥，仅所有者可读，从不显示）和 crossdraw-signing.pub"
        "（公钥，交给审核人员用于 verify --public-key）。输出公钥指纹供宣读。不覆盖已有密钥："
        "任一文件已存在时退出码 2。\n\n示例：crossdraw keygen --out ~/crossdraw-keys",
        "Make an Ed25519 key pair for `draw --sign-key` and `void --sign-key`."
        "\n\nWrites crossdraw-signing.key, the private key (readable only by its owner; it is "
        "never printed), and crossdraw-signing.pub, the public key to hand to auditors "
        "(`verify --public-key`). Prints the public key's fingerprint to read aloud. Never "
        "overwrites a key: exit 2 when either file exists."
        "\n\nExample:  crossdraw keygen --out ~/crossdraw-keys",
    ),
    # The help of options and arguments (help="help.<name>" in cli/).
    "help.version": Text("显示版本号并退出。", "Print the version and exit."),
    "help.lang": Text(
        "语言：zh（默认）或 en；也可用环境变量 CROSSDRAW_LANG。",
        "Language: zh (default) or en; also CROSSDRAW_LANG.",
    ),
    "help.groups": Text(
        "执法方案：分组、被检查市州和定额规则（YAML）。",
        "The plan: groups, targets and quota rules (YAML).",
    ),
    "help.enterprises": Text(
        "企业名单：CSV（UTF-8 或 GB18030）或工作簿（.xlsx、.xls、.ods）。",
        "The enterprise list: CSV (UTF-8 or GB18030) or a workbook (.xlsx, .xls, .ods).",
    ),
    "help.exclude": Text(
        "E3：要从企业库中排除的企业（CSV 或工作簿，每行 统一社会信用代码,理由）。",
        "E3: CSV or workbook of id,reason rows to exclude from the pool.",
    ),
    "help.sheet_of_list": Text(
        "企业名单工作簿中的工作表（默认：第一个有表头的工作表）。",
        "Sheet of a workbook enterprise list (default: the first with a header row).",
    ),
    "help.inspected_since": Text(
        "E3：排除上次检查日期在该日期（如 2021-01-01）当天或之后的企业。",
        "E3: leave out enterprises whose 上次检查日期 is on or after DATE (2021-01-01).",
    ),
    "help.as_of": Text(
        "E3：方案中 rules.exclude_inspected_within_days 往前推算的基准日；同一方案的各次抽签用同一天。",
        "E3: the day the plan's rules.exclude_inspected_within_days count back from; "
        "use one day for every draw of the plan.",
    ),
    "help.strict": Text(
        "统一社会信用代码校验位有误时按错误处理。",
        "Treat USCC check-character problems as errors.",
    ),
    "help.json": Text("输出机器可读的 JSON。", "Print machine-readable JSON."),
    "help.out_folder": Text(
        "抽签记录文件夹（读取之前的抽签，并写入本次记录）。",
        "Folder of draw records (read for earlier draws, written to).",
    ),
    "help.sign_key": Text(
        "用该私钥签名（由 crossdraw keygen 生成）。",
        "Sign with this private key (made by crossdraw keygen).",
    ),
    "help.group": Text("组号（1 = 第一组）。", "Group number (1 = 第一组)."),
    "help.group_asked": Text("组号（未给出时询问）。", "Group number (asked when missing)."),
    "help.prefecture_pool": Text(
        "只看这个被检查市州（湘潭 = 湘潭市）。", "Only this target prefecture (湘潭 = 湘潭市)."
    ),
    "help.prefecture_draw": Text(
        "只抽这个被检查市州（湘潭 = 湘潭市），种子按输入原样使用。",
        "Draw only this target (湘潭 = 湘潭市); the seed is used as is.",
    ),
    "help.prefecture_asked": Text(
        "被检查市州（未给出时询问）。", "Target prefecture (asked when missing)."
    ),
    "help.after": Text(
        "本组之前一个市州的抽签记录（不给时在 --out 中查找）。",
        "Record of the group's earlier target draw (else found in --out).",
    ),
    "help.waive": Text(
        "不执行这条规则抽签（Q2、Q3、Q4……），须同时给出 --reason。",
        "Draw without this rule (Q2, Q3, Q4, …); needs --reason.",
    ),
    "help.all": Text("抽取方案中的所有组。", "Draw every group of the plan."),
    "help.seed": Text(
        "掷出的骰子数字（0–9，至少 20 位；多方之间用 - 连接）。",
        "The dice digits as rolled (0-9, at least 20; parties' parts joined by -).",
    ),
    "help.accept_short_seed": Text(
        "确认使用少于 20 位数字的种子（不建议）。",
        "Confirm a seed of fewer than 20 digits (not recommended).",
    ),
    "help.witness": Text("见证人姓名（Q6）。", "Witness's name (Q6)."),
    "help.drawer": Text("抽签人姓名（Q6）。", "Drawer's name (Q6)."),
    "help.bureau_rep": Text(
        "被检查市州应急管理局代表姓名（Q6）。", "Target bureau representative's name (Q6)."
    ),
    "help.place": Text("抽签地点。", "Where the draw takes place."),
    "help.reason_waive": Text("豁免该规则的理由。", "Why the rule is waived."),
    "help.no_input_draw": Text(
        "不进入引导式抽签仪式，缺少信息时直接报错。",
        "Never start the guided ceremony; fail instead.",
    ),
    "help.no_input": Text(
        "不提问，所有回答都来自选项。", "Never prompt; every answer comes from flags."
    ),
    "help.seed_part": Text(
        "一方掷出的骰子数字；每方给一次。", "One party's dice digits; repeat per party."
    ),
    "help.parties": Text(
        "掷骰子的方数（2、２ 或 二）。", "How many parties roll dice (2, ２ or 二)."
    ),
    "help.records": Text(
        "抽签记录文件，或存放记录的文件夹。", "Draw record(s), or folders of them."
    ),
    "help.records_export": Text(
        "抽签记录，或存放记录的文件夹（如 draws/）。",
        "Draw records, or folders of them (e.g. draws/).",
    ),
    "help.checklist_format": Text("html（打印用）或 xlsx。", "html (print it) or xlsx."),
    "help.checklist_out": Text(
        "输出文件（默认：检查表-组名.格式，如 检查表-第一组.html）。",
        "File to write (default: 检查表-GROUP.FORMAT, e.g. 检查表-第一组.html).",
    ),
    "help.export_format": Text(
        "xlsx（3 张工作表）、csv 或 json。", "xlsx (3 sheets), csv or json."
    ),
    "help.export_out": Text(
        "输出文件（默认：交叉执法对象-组名.格式，如 交叉执法对象-第一组.xlsx）。",
        "File to write (default: 交叉执法对象-GROUP.FORMAT, e.g. 交叉执法对象-第一组.xlsx).",
    ),
    "help.export_group": Text(
        "只导出这个组（默认：给出的所有组）。", "Only this group (default: every group given)."
    ),
    "help.export_list": Text(
        "名单（CSV 或 .xlsx），含检查日期（T1、T2）和建议的检查对象（Q7）。",
        "LIST (CSV or .xlsx) with visit dates (T1, T2) and suggested targets (Q7).",
    ),
    "help.list_sheet": Text(
        "名单工作簿中的工作表（默认：第一个有表头的工作表）。",
        "Sheet of a workbook LIST (default: the first with a header row).",
    ),
    "help.export_enterprises": Text(
        "企业名单，用于填写行业（默认：存在时用 data/enterprises.csv）。",
        "Enterprise list, for sectors (default: data/enterprises.csv if present).",
    ),
    "help.keys_out": Text("密钥对写入的文件夹。", "Folder to write the key pair to."),
    "help.recover_folder": Text(
        "抽签记录文件夹（含 ledger.jsonl）。", "The draws folder (holding ledger.jsonl)."
    ),
    "help.sheet_record": Text(
        "要打印的抽签记录、承诺文件或分组抽签记录（JSON）。",
        "The draw record, commitment file or table record (JSON) to print.",
    ),
    "help.sheet_format": Text(
        "html（可直接打印的 A4）或 md（Markdown）。", "html (print-ready A4) or md (Markdown)."
    ),
    "help.sheet_out": Text(
        "输出位置（默认：记录旁边，记录名.sheet.*）。",
        "Where to write (default: beside the record, RECORD.sheet.*).",
    ),
    "help.template_format": Text(
        "xlsx（带说明和下拉选项）或 csv。", "xlsx (notes, drop-downs) or csv."
    ),
    "help.template_out": Text(
        "输出文件（默认：enterprises-template.格式）。",
        "File to write (default: enterprises-template.FORMAT).",
    ),
    "help.validate_lists": Text(
        "名单 CSV 或 .xlsx 文件（列：prefecture,id,source[,name,start_date,end_date]），"
        "或抽签记录。",
        "LIST CSV or .xlsx file(s) (prefecture,id,source[,name,start_date,end_date]) "
        "or draw records.",
    ),
    "help.complete": Text(
        "核对所有组；没有列出的组按不符合 Q1 处理。",
        "Judge every group; an unlisted group fails Q1.",
    ),
    "help.verify_paths": Text(
        "记录文件（JSON），或存放记录及其账本的文件夹。",
        "Record files (JSON), or folders of records with their ledger.",
    ),
    "help.verify_ledger": Text(
        "核对该文件夹的 ledger.jsonl 及其中的每份记录。",
        "Check this folder's ledger.jsonl and every record in it.",
    ),
    "help.verify_enterprises": Text(
        "用这份企业名单核对记录：其摘要、据此重建的企业库，以及每家抽中企业的名称、县市区和类别。",
        "Check this enterprise list against the records: its digest, the pools rebuilt from it, and each drawn enterprise's name, county and categories.",
    ),
    "help.verify_groups": Text(
        "用这个方案文件核对记录：其摘要，以及每份记录所写的方案、组和规则。",
        "Check this plan file against the records: its digest, and the plan, group and rules each record states.",
    ),
    "help.public_key": Text(
        "信任这个公钥（可重复）：每份记录都必须由受信任的密钥签名。",
        "Trust this public key (repeatable): every record must be signed by a trusted key.",
    ),
    "help.trusted_keys": Text(
        "受信任密钥的文件：PEM 公钥或指纹，每行一个。",
        "File of trusted keys: PEM public keys or fingerprints, one per line.",
    ),
    "help.head": Text(
        "抽签时抄下的账本头（head 之后的 16 位十六进制，或完整 SHA-256；可重复）：账本必须仍包含它。",
        "A ledger head written down at a draw (the 16 hex digits printed after 'head', or the full SHA-256; repeatable): the ledger must still hold it.",
    ),
    "help.void_record": Text("要作废的抽签记录文件。", "The record file of the draw to withdraw."),
    "help.void_reason": Text("作废理由（必填）。", "Why the draw is withdrawn (required)."),
    # Rule findings (domain/rules.py: Finding.key): the rule's code, its name, then what
    # was found. `finding_text` puts them together: `Q2 县市区分布：湘潭市抽中的企业…`.
    "rule.P1": Text("分组构成", "group make-up"),
    "rule.P2": Text("被检查市州", "targets"),
    "rule.P3": Text("交叉检查", "cross rule"),
    "rule.P4": Text("互查", "reciprocal inspection"),
    "rule.P5": Text("执法力量", "officers and experts"),
    "rule.P6": Text("时间安排", "dates"),
    "rule.E1": Text("工贸企业范围", "industry & trade pool"),
    "rule.E2": Text("省厅直接执法对象", "provincial direct enforcement"),
    "rule.E3": Text("排除", "exclusion"),
    "rule.Q1": Text("抽取数量", "number per prefecture"),
    "rule.Q2": Text("县市区分布", "county spread"),
    "rule.Q3": Text("金属冶炼", "metal smelting"),
    "rule.Q4": Text("水泥、粉尘涉爆、涉氨制冷", "cement, dust explosion, ammonia"),
    "rule.Q5": Text("建材代替水泥", "building materials for cement"),
    "rule.Q6": Text("见证签字", "witnessed signatures"),
    "rule.Q7": Text("建议的检查对象", "suggested targets"),
    "rule.T1": Text("金属冶炼检查时长", "metal-smelter visit length"),
    "rule.T2": Text("完成期限", "deadline"),
    "rule.line": Text("{rule} {name}：{body}", "{rule} {name}: {body}"),
    "rule.place": Text("{place}：{body}", "{place}: {body}"),
    "rule.row": Text("（第{row}行）", " [row {row}]"),
    "finding.p1_members": Text(
        "成员市州{have}个（{names}），应为{need}个",
        "member prefectures: {have} ({names}), need exactly {need}",
    ),
    "finding.p1_twice": Text("{pref}作为成员市州列出了两次", "{pref} is listed twice as a member"),
    "finding.p1_lead": Text(
        "由{lead}牵头，其分管局领导任组长",
        "led by {lead}; its bureau's deputy director is group leader",
    ),
    "finding.p1_leader_from": Text(
        "组长{name}来自{pref}，但牵头市州是{lead}",
        "leader {name} is from {pref}, but {lead} leads the group",
    ),
    "finding.p2_targets": Text(
        "被检查市州{have}个（{names}），应为{need}个",
        "target prefectures: {have} ({names}), need exactly {need}",
    ),
    "finding.p2_twice": Text(
        "{pref}作为被检查市州列出了两次", "{pref} is listed twice as a target"
    ),
    "finding.p2_unknown": Text(
        "{pref}不在市州区划表中", "{pref} is not a prefecture of the division table"
    ),
    "finding.p2_group_id": Text(
        "组号{gid}被{n}个组使用，每个组号只能用一次",
        "group id {gid} is used by {n} groups, need 1 each",
    ),
    "finding.p2_target_of": Text(
        "是{have}个组的被检查市州（{names}），应恰好为1个组",
        "is a target of {have} groups ({names}), need exactly 1",
    ),
    "finding.p2_target_of_none": Text(
        "不是任何组的被检查市州{names}，应恰好为1个组",
        "is a target of no group{names}, need exactly 1",
    ),
    "finding.p2_member_of": Text(
        "是{have}个组的成员市州（{names}），应恰好为1个组",
        "is a member of {have} groups ({names}), need exactly 1",
    ),
    "finding.p2_member_of_none": Text(
        "不是任何组的成员市州{names}，应恰好为1个组",
        "is a member of no group{names}, need exactly 1",
    ),
    "finding.p2_unowned": Text(
        "{label}已列出，但没有组检查{pref}", "{label} is listed, but no group inspects {pref}"
    ),
    "finding.p2_not_target": Text(
        "{label}列在{group}下，但该组不检查{pref}",
        "{label} is listed for {group}, which does not inspect {pref}",
    ),
    "finding.p3_own": Text(
        "检查了本组的成员市州{pref}", "inspects {pref}, one of its own member prefectures"
    ),
    "finding.p4": Text(
        "{x}与{y}互相检查：{x}检查{y}的成员市州{xs}，{y}检查{x}的成员市州{ys}",
        "{x} and {y} inspect each other: {x} inspects {xs} (of {y}) while {y} inspects "
        "{ys} (of {x})",
    ),
    "finding.p5_certified": Text(
        "持证执法人员{have}名，至少需要{need}名（含组长）",
        "certified officers: {have}, need at least {need} including the leader",
    ),
    "finding.p5_no_cert": Text(
        "执法人员{name}没有执法证号，不计入",
        "officer {name} has no certificate number and is not counted",
    ),
    "finding.p5_leaders": Text(
        "标为组长的人员{have}名（{names}），应恰好{need}名",
        "officers marked leader: {have} ({names}), need exactly {need}",
    ),
    "finding.p5_not_member": Text(
        "执法人员{name}来自{pref}，不是本组的成员市州（{names}）",
        "officer {name} is from {pref}, not a member prefecture ({names})",
    ),
    "finding.p5_experts": Text(
        "专家{have}名，至少需要{need}名", "experts: {have}, need at least {need}"
    ),
    "finding.p5_guide": Text(
        "未指定省厅指导人员（副处以上）", "no provincial guide (副处以上 official) is named"
    ),
    "finding.p6_year": Text(
        "截止日期{deadline}不在{year}年", "the deadline {deadline} is not in {year}"
    ),
    "finding.p6_roster": Text(
        "执法人员名单报送日期{due}晚于截止日期{deadline}",
        "officers' names are due {due}, after the deadline {deadline}",
    ),
    "finding.p6_extended": Text(
        "延长的截止日期{extended}早于截止日期{deadline}",
        "the extended deadline {extended} is before {deadline}",
    ),
    "finding.p6_summary": Text(
        "总结报送日期{due}不晚于截止日期{deadline}",
        "the summary is due {due}, not after the deadline {deadline}",
    ),
    "finding.waiver_ignored": Text(
        "豁免无效：只能豁免{names}", "waiver ignored: only {names} can be waived"
    ),
    "finding.waived": Text("已豁免，未核对", "waived; not judged"),
    "finding.q1_unlisted": Text(
        "{group}尚未列出（{names}），未核对", "{group}: not yet listed ({names}); not judged"
    ),
    "finding.q1_twice": Text("{label}列出了两次", "{label} is listed twice"),
    "finding.q1_count": Text(
        "{place}抽中的企业{have}家，至少需要{need}家",
        "{place}: drawn enterprises: {have}, need at least {need}",
    ),
    "finding.q1_exact": Text(
        "{place}抽中的企业{have}家，本次抽签应恰好{need}家",
        "{place}: drawn enterprises: {have}, the draw takes exactly {need}",
    ),
    "finding.q2": Text(
        "{place}抽中的企业只在{have}个县市区（{names}），至少需要{need}个",
        "{place}: drawn enterprises lie in {have} of the counties ({names}), need at least {need}",
    ),
    "finding.q2_none": Text(
        "{place}没有抽中的企业{names}，至少需要分布在{need}个县市区",
        "{place}: no drawn enterprise{names}, need at least {need} counties",
    ),
    "finding.quota": Text(
        "抽中的{name}企业{have}家{stand_ins}，至少需要{need}家",
        "drawn enterprises of {name}{stand_ins}: {have}, need at least {need}",
    ),
    "finding.stand_ins": Text("（按 Q5 以{stand_ins}）", " ({stand_ins} under Q5)"),
    "finding.q5": Text(
        "{names}均没有可抽的{missing}企业；{stand_in}企业计入{rule}",
        "no eligible {missing} enterprise in {names}; {stand_in} enterprises count for {rule}",
    ),
    "finding.e1_other": Text(
        "{label}是{other}的企业，不是{place}的",
        "{label} is an enterprise of {other}, not of {place}",
    ),
    "finding.e1_missing": Text(
        "{label}不在{place}的工贸企业名单中",
        "{label} is not in {place}'s industry & trade enterprise list",
    ),
    "finding.excluded": Text(
        "{label}不纳入交叉执法：{reason}", "{label} is excluded from cross-enforcement: {reason}"
    ),
    "finding.q7": Text(
        "{label}由被检查市州建议，列出但不计入数量",
        "{label} suggested by the target prefecture, listed but not counted",
    ),
    "finding.t1": Text(
        "{label}是金属冶炼企业，检查时长{hours}小时（{start}至{end}），至少需要一天（24小时）",
        "{label} is a metal-smelting enterprise; its visit lasts {hours} h ({start} to {end}), "
        "need at least one day (24 h)",
    ),
    "finding.t2": Text(
        "{label}检查结束于{ends}，晚于截止日期{deadline}{extended}",
        "{label}'s visit ends {ends}, after the deadline {deadline}{extended}",
    ),
    "finding.t2_extendable": Text(
        "{label}检查结束于{ends}，晚于截止日期{deadline}（特殊情况经批准可延至{extended}）",
        "{label}'s visit ends {ends}, after the deadline {deadline} (special cases may "
        "extend to {extended} with approval)",
    ),
    "finding.t2_beyond": Text(
        "{label}检查结束于{ends}，晚于延长的截止日期{extended}（截止日期{deadline}）",
        "{label}'s visit ends {ends}, after even the extended deadline {extended} "
        "(deadline {deadline})",
    ),
    # What the commands print (cli/): tables, summaries, results.
    "out.pool_summary": Text(
        "{pref}：可抽企业 {eligible} 家（共 {total} 家，排除 {excluded} 家），涉及 {counties} 个县市区",
        "{pref}: {eligible} eligible of {total} ({excluded} excluded), {counties} counties",
    ),
    "out.pool_digest": Text("  企业库摘要 {digest}", "  pool digest {digest}"),
    "out.pool_fp": Text("  企业库指纹 {fp}", "  fingerprint {fp}"),
    "out.requirement_have": Text("{req}（本市州 {have} 家）", "{req}: {have} here"),
    "out.pool_head": Text(
        "{group}（第 {id} 组），牵头市州 {lead}；企业名单 {path}（编码 {encoding}）",
        "{group} (group {id}), lead {lead}; enterprise list {path} read as {encoding}",
    ),
    "out.by_county": Text("{pref} 各县市区可抽企业数", "{pref} eligible by county"),
    "out.by_category": Text("{pref} 各类别可抽企业数", "{pref} eligible by category"),
    "out.exclusions": Text("{pref} 排除的企业（E2、E3）", "{pref} exclusions (E2, E3)"),
    "out.col.county": Text("县市区", "county"),
    "out.col.category": Text("类别", "category"),
    "out.col.eligible": Text("可抽企业", "eligible"),
    "out.col.uscc": Text("统一社会信用代码", "USCC"),
    "out.col.reason": Text("理由", "reason"),
    "out.col.name": Text("企业名称", "name"),
    "out.col.categories": Text("类别", "categories"),
    "out.col.odds": Text("概率", "odds"),
    "out.col.rule": Text("规则", "rule"),
    "out.col.verdict": Text("结论", "verdict"),
    "out.col.group": Text("组", "group"),
    "out.col.prefecture": Text("市州", "prefecture"),
    "out.col.message": Text("说明", "message"),
    "out.col.members": Text("组建市州（牵头在前）", "members (lead first)"),
    "out.col.targets": Text("被检查市州", "targets"),
    "out.col.guide": Text("指导人员", "guide"),
    "out.error": Text("✗ 不符合", "✗ error"),
    "out.warning": Text("! 提示", "! warning"),
    "out.info": Text("· 说明", "· note"),
    "out.leader_mark": Text("（组长）", " (leader)"),
    "out.plan_head": Text("{title}（{year}年）", "{title} ({year})"),
    "out.plan_file": Text("方案文件 {path}  SHA-256 {sha}", "plan file {path}  sha256 {sha}"),
    "out.plan_table": Text("交叉执法组安排", "groups"),
    "out.plan_findings": Text("P 规则核对", "P rules"),
    "out.plan_ok": Text("方案符合 P 规则", "plan holds"),
    "out.plan_bad": Text("方案不符合 P 规则", "plan breaks P rules"),
    "out.verdict": Text("核对结果", "verdict"),
    "out.valid": Text(
        "符合方案规定：列出的每个组都满足方案的规则",
        "valid: every listed group meets the plan's rules",
    ),
    "out.invalid": Text("{n} 处不符合规定", "{n} rule violation(s)"),
    "out.drawn_title": Text("{pref} 抽签结果", "{pref} drawn"),
    "out.odds_title": Text("{pref} 入选概率{suffix}", "{pref} odds{suffix}"),
    "out.conditional": Text("（条件概率）", " (conditional)"),
    "out.waiver": Text("豁免 {rule}：{reason}", "WAIVER {rule}: {reason}"),
    "out.draw_head": Text("{group}（第 {id} 组）→ {target}", "{group} (group {id}) → {target}"),
    "out.seed": Text("  种子 {seed}", "  seed {seed}"),
    "out.counts": Text(
        "  本组符合规则的组合 {group} 种；本次在 {draw} 种（加权）中抽取，随机整数 {integer}",
        "  valid selections of the group: {group}; this draw chose among {draw} (weighted), "
        "random integer {integer}",
    ),
    "out.record": Text("  抽签记录 {path}", "  record {path}"),
    "out.record_digest": Text("  记录摘要 {digest}", "  record digest {digest}"),
    "out.record_fp": Text("  记录指纹 {fp}", "  fingerprint {fp}"),
    "out.signed_by": Text("  签名密钥 {key}", "  signed by key {key}"),
    "out.ledger_line": Text("  账本 ledger.jsonl 第 {line} 行", "  ledger.jsonl line {line}"),
    "out.ledger_head": Text(
        "账本头（第 {line} 行）{fp}：请抄写在签字确认单上",
        "ledger head (line {line}) {fp}: note it on the sign-off sheet",
    ),
    "out.odds_head": Text(
        "{group}（第 {id} 组）：符合规则（Q1–Q5）的组合共 {total} 种",
        "{group} (group {id}): {total} valid selections (Q1-Q5)",
    ),
    "out.given": Text("在以下抽签结果的前提下：{given}", "given the draw of {given}"),
    "out.voided": Text(
        "已作废：第 {group} 组 {pref} 的抽签（账本第 {voids} 行），作废行为第 {line} 行，理由：{reason}",
        "voided the draw of {pref} of group {group} (ledger.jsonl line {voids}) at line "
        "{line}: {reason}",
    ),
    "out.void_record": Text("  记录保留不变：{path}", "  the record stays: {path}"),
    "out.void_again": Text("  {pref} 现在可以重新抽签", "  {pref} may now be drawn again"),
    "out.export_wrote": Text(
        "已写入 {path}：{names} 的检查对象 {n} 家",
        "wrote {path}: {n} target enterprises of {names}",
    ),
    "out.export_no_list": Text(
        "（没有企业名单：行业一栏留空）", " (no enterprise list: sector left blank)"
    ),
    "out.findings": Text("规则核对", "rule findings"),
    "out.template_wrote": Text(
        "已写入 {path}（{n} 列：{columns}）", "wrote {path} ({n} columns: {columns})"
    ),
    "out.checklist_wrote": Text(
        "已写入 {path}：{n} 家企业的检查表", "wrote {path}: checklists of {n} enterprises"
    ),
    "out.sheet_voided": Text(
        "已作废（{note}）：确认单上盖有“已作废”字样", "voided ({note}): the sheet is stamped 已作废"
    ),
    "out.key_private": Text(
        "私钥 {path}（只有您能读取，请妥善保管）",
        "private key {path} (readable only by you; keep it safe)",
    ),
    "out.key_public": Text(
        "公钥 {path}（交给审核人员）", "public key  {path} (give it to the auditors)"
    ),
    "out.key_fp": Text("公钥指纹 {fp}", "fingerprint {fp}"),
    "out.ledger_bad": Text("✗ 账本有误", "✗ LEDGER"),
    "out.ledger_ok": Text("✓ 账本 {path}：{n} 行{kinds}", "✓ ledger {path}: {n} lines{kinds}"),
    "out.ledger_kinds": Text(
        "（{kinds}），链条完整；账本头 {fp}", " ({kinds}), chain intact; head {fp}"
    ),
    "out.kind": Text("{kind} {n} 行{s}", "{n} {kind}{s}"),
    "out.kind.draw": Text("抽签", "draw"),
    "out.kind.void": Text("作废", "void"),
    "out.kind.commitment": Text("承诺单", "commitment"),
    "out.open_commitment": Text(
        "    第 {line} 行的承诺单（第 {group} 组 {pref}）之后没有抽签",
        "    commitment at line {line} ({pref} of group {group}) was not followed by a draw",
    ),
    "out.signer": Text("，签名密钥 {key}", ", signed by {key}"),
    "out.record_fp_short": Text("；记录指纹 {fp}", "; fingerprint {fp}"),
    "out.void_of": Text("（账本第 {line} 行：{reason}）", " (ledger line {line}: {reason})"),
    "out.verified_void": Text(
        "⊘ 已作废{void} {path}：记录可以复现，但抽签已撤回，不再有效{signer}",
        "⊘ VOIDED{void} {path}: reproduces, but the draw was withdrawn and does not stand{signer}",
    ),
    "out.verified": Text(
        "✓ 核对无误 {path}：{group} → {target}，抽中 {selected}{signer}",
        "✓ verified {path}: {group} → {target}, selected {selected}{signer}",
    ),
    "out.mismatch": Text("✗ 不一致 {path}{signer}{voided}", "✗ MISMATCH {path}{signer}{voided}"),
    "out.mismatch_voided": Text("（已作废{void}）", " VOIDED{void}"),
    # Input problems worded here (services/, and domain.errors.Problem.key for loaders).
    "problem.not_found": Text("无法读取：文件不存在", "cannot be read: no such file"),
    "problem.no_permission": Text("无法读取：没有读取权限", "cannot be read: permission denied"),
    "problem.is_folder": Text(
        "这是一个文件夹，不是文件；请给出文件本身的路径",
        "is a folder, not a file; give the path of the file itself",
    ),
    "problem.unreadable": Text("无法读取：{reason}", "cannot be read: {reason}"),
    "problem.line": Text("{where}：{what}", "{where}: {what}"),
    "input.no_group": Text(
        "{plan} 中没有第 {id} 组（现有组：{known}）", "{plan} has no group {id} (groups: {known})"
    ),
    "input.not_target": Text(
        "“{name}”不是{group}的被检查市州（可选：{targets}）",
        "'{name}' is not a target of {group} (targets: {targets})",
    ),
    "input.excluded_unknown": Text(
        "E3：要排除的企业 {id} 不在 {list} 中，已忽略",
        "E3: excluded id {id} is not in {list}; ignored",
    ),
    "input.since_instead": Text(
        "代替方案中的 rules.exclude_inspected_within_days：{within}",
        "used instead of the plan's rules.exclude_inspected_within_days: {within}",
    ),
    "input.no_last_inspected": Text(
        "E3：没有企业填写上次检查日期，不会因近期检查排除任何企业",
        "E3: no enterprise has a 上次检查日期 (last_inspected); none is left out for a "
        "recent inspection",
    ),
    "input.not_date": Text(
        "“{text}”不是日期，请写成 2021-03-02 这样的格式",
        "'{text}' is not a date; write it like 2021-03-02",
    ),
    "input.not_waivable": Text(
        "{rules} 不能豁免（可以豁免的规则：{allowed}）",
        "{rules} cannot be waived (waivable: {allowed})",
    ),
    "input.waiver_reason": Text(
        "豁免规则必须用 --reason 写明理由，记入抽签记录",
        "a waiver needs --reason TEXT saying why, for the record",
    ),
    "input.infeasible": Text("{group}（第 {id} 组）：{reason}", "{group} (group {id}): {reason}"),
    "input.already_drawn": Text(
        "{group}的{target}已经抽签；抽签记录不会被覆盖",
        "{target} of {group} was already drawn; a record is never overwritten",
    ),
    "input.void_reason": Text(
        "作废必须用 --reason 写明理由，记入账本并告知见证人",
        "a void needs --reason TEXT saying why, for the ledger and the witnesses",
    ),
    "input.void_no_ledger": Text(
        "{folder} 中没有 ledger.jsonl：只有记在其旁边账本中的抽签才能作废",
        "no ledger.jsonl in {folder}: only a draw logged in the ledger beside its record "
        "can be voided",
    ),
    "out.e2_reason": Text("E2：省厅直接执法对象", "E2: under the department's direct enforcement"),
    # The names of command-line arguments (cli/words.py: `arg.<parameter name>`).
    "arg.lists": Text("名单文件", "LISTS"),
    "arg.records": Text("抽签记录", "RECORDS"),
    "arg.paths": Text("记录或文件夹", "PATHS"),
    "arg.record": Text("抽签记录", "RECORD"),
    "arg.folder": Text("记录文件夹", "FOLDER"),
    # Why a group cannot be drawn (lottery/feasibility.py: Worded keys `infeasible.<key>`).
    "infeasible.q1_short": Text(
        "{pref}只有{eligible}家可抽企业（共{total}家），需要{n}家",
        "{pref} has {eligible} eligible enterprises (of {total}), needs {n}",
    ),
    "infeasible.none_has": Text(
        "{names}都没有可抽的{label}企业（可抽企业{total}家中0家）",
        "no eligible {label} enterprise in {names} (0 of {total})",
    ),
    "infeasible.no_room": Text(
        "需要{need}家{label}企业，但最多只能抽到{room}家（可抽：{counts}；Q1 每个市州抽{n}家）",
        "needs {need} {label} enterprises but at most {room} can be drawn ({counts} eligible; "
        "Q1 draws {n} per prefecture)",
    ),
    "infeasible.q2_q1": Text(
        "每个市州需要分布在{need}个县市区，但 Q1 每个市州只抽{n}家",
        "needs {need} counties per prefecture but Q1 draws only {n} enterprises there",
    ),
    "infeasible.q2_counties": Text(
        "可抽企业所在县市区不足（{places}），至少需要{need}个县市区",
        "too few counties with eligible enterprises ({places}), need at least {need}",
    ),
    "infeasible.together": Text(
        "{rules} 各自都能满足，但没有组合能同时满足（{facts}）",
        "{rules}: any smaller set of these can be met, but no selection meets them together "
        "({facts})",
    ),
    "input.never_overwrite": Text(
        "本工具从不覆盖文件：请用 --out 指定另一个文件",
        "crossdraw never overwrites a file: give another --out",
    ),
    "input.exists": Text("文件已存在；{why}", "already exists; {why}"),
    "input.not_written": Text("无法写入：{reason}", "cannot be written: {reason}"),
    "input.sheet_exists": Text(
        "确认单从不覆盖（请移走旧文件或用 --out 指定）",
        "a sheet is never overwritten (move it away or give --out)",
    ),
    "input.voided_not_filed": Text(
        "此次抽签已作废（{note}），不导出也不生成检查表：请给出重抽的记录",
        "this draw was voided ({note}); it is neither exported nor checklisted: give the "
        "redraw instead",
    ),
    "input.unlogged_left_out": Text(
        "在文件夹的账本中没有对应的行，已略过", "has no line in the folder's ledger; left out"
    ),
    "input.no_standing": Text(
        "没有有效的抽签记录（*.json）", "has no standing draw records (*.json)"
    ),
    "input.no_group_record": Text(
        "没有给出第 {group} 组的有效抽签记录", "no standing record of group {group} was given"
    ),
    "input.other_list": Text(
        "不是抽签时使用的企业名单（SHA-256 不同）；行业和名称按这份名单现在的内容填写",
        "is not the enterprise list the draws were made from (sha256 differs); sectors and "
        "names are taken from it as it is now",
    ),
    "input.list_needs_enterprises": Text(
        "核对名单需要企业名单：请用 --enterprises 给出文件",
        "checking a LIST needs the enterprise list: give --enterprises FILE",
    ),
    "input.voided_validate": Text(
        "此次抽签已作废（{note}）；请核对重抽的记录",
        "this draw was voided ({note}); validate the redraw instead",
    ),
    "input.target_unknown": Text(
        "被检查市州“{target}”不是本方案的市州", "target '{target}' is not a prefecture of this plan"
    ),
    "input.listed_twice": Text(
        "列出了两次（在两个名单文件或记录中）", "listed twice (in two LIST files or records)"
    ),
    "input.key_exists": Text(
        "已存在；密钥从不覆盖（已用它签名的记录会失去签名人）：请用 --out 指定另一个文件夹",
        "exists; a key is never overwritten (records already signed with it would lose their "
        "signer): choose another --out folder",
    ),
    "input.key_exists_short": Text("已存在；密钥从不覆盖", "exists; a key is never overwritten"),
    "input.key_not_written": Text(
        "无法写入密钥对：{reason}；未写入任何文件",
        "cannot write the key pair: {reason}; nothing was written",
    ),
    "input.not_folder": Text("不是文件夹", "is not a folder"),
    "input.nothing_to_verify": Text(
        "既没有 ledger.jsonl 也没有抽签记录", "has neither ledger.jsonl nor draw records"
    ),
    "input.no_ledger_line": Text(
        "没有账本行：{ledger} 不存在", "no ledger line: {ledger} does not exist"
    ),
    "input.not_head": Text(
        "“{text}”不是账本头：请给出 head 后面的 16 位十六进制数字"
        "（例如 3F2A 91BC 0D4E 7711），或该行完整的 SHA-256",
        "'{text}' is not a ledger head: give the 16 hex digits printed after 'head' "
        "(e.g. 3F2A 91BC 0D4E 7711) or the full SHA-256 of the line",
    ),
    "input.verify_what": Text(
        "请给出记录文件、记录文件夹或 --ledger 文件夹",
        "give record files, a folder of records, or --ledger FOLDER",
    ),
    "input.head_needs_ledger": Text(
        "需要一个有 ledger.jsonl 的文件夹才能查找账本头",
        "needs a folder with a ledger.jsonl to look for it in",
    ),
    "input.group_or_all": Text(
        "请给出 --group N 或 --all（二选一）", "give either --group N or --all"
    ),
    "input.all_whole": Text(
        "--all 抽取整个组：--prefecture 和 --after 不适用",
        "--all draws whole groups: --prefecture and --after do not apply",
    ),
    "input.after_voided_by": Text(
        "--after：此次抽签已作废（{note}），见 {ledger}",
        "--after: this draw was voided ({note}), by {ledger}",
    ),
    "input.after_voided": Text(
        "--after：此次抽签已作废（{note}）", "--after: this draw was voided ({note})"
    ),
    "input.after_unlogged": Text(
        "--after：这份记录既不在 {ledger} 也不在 {beside} 中记为有效的抽签"
        "（从未记入账本的记录不算之前的抽签）",
        "--after: this record is not logged as a standing draw, neither in {ledger} nor in "
        "{beside} (a record that was never logged is not an earlier draw)",
    ),
    "input.changed_since": Text(
        "这份记录不是账本 ledger.jsonl 第 {line} 行记下的那份（之后被改动过）："
        "请运行 crossdraw verify {out}",
        "this record is not the one logged at ledger.jsonl line {line} (it was changed "
        "since): run `crossdraw verify {out}`",
    ),
    "input.after_other": Text(
        "--after：不是本方案{group}的记录", "--after: not a record of {group} of this plan"
    ),
    "input.two_records": Text(
        "{group}的{target}有两份记录（{one} 和 {other}）：用 --after 给出有效的一份，并移走另一份",
        "{target} of {group} has two records ({one} and {other}); give the one that stands "
        "with --after and move the other away",
    ),
    "input.pools_changed": Text(
        "{group}在{target}抽签之后抽签范围变了（企业库摘要不同）：请用同样的企业名单和排除条件抽签"
        "（--exclude、--exclude-inspected-since、--as-of）",
        "the pools of {group} changed since this draw of {target} (pool digests differ): "
        "draw with the same enterprise list and exclusions (--exclude, "
        "--exclude-inspected-since, --as-of)",
    ),
    "input.head_missing": Text(
        "没有账本头为 {head} 的行：抄下该账本头之后，到它为止的行被删除或改动过"
        "（同时删去一次抽签、其记录和账本行，链条仍然完整；只有账本头能发现）",
        "holds no line with head {head}: lines up to that head were removed or changed since "
        "it was written down (a draw, its record and its line cut together leave the chain "
        "intact; only the head shows it)",
    ),
    "input.void_dependent": Text(
        "{pref}的抽签（账本第 {line} 行）是在被作废的那次抽签的基础上进行的；除非也作废，它仍然有效，"
        "{voided}的新抽签将以它为前提",
        "the draw of {pref} (ledger.jsonl line {line}) was made given the voided one; it "
        "stands unless voided too, and a new draw of {voided} will be made given it",
    ),
    # Loaders' words (load/: Worded keys `load.<key>`): where in a file, and what is wrong.
    "load.rows": Text("{file}，第 {places} 行{more}", "{file}, rows {places}{more}"),
    "load.cells": Text("{file}，单元格 {places}{more}", "{file}, {places}{more}"),
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
    # ---- zh-rest (issue 12): the export's 定额核对 notes, loaders, store and records
    "export.or": Text("或", " or "),
    "export.sep": Text("；", "; "),
    "export.q5_not_applied": Text("未适用：{why}", "not applied: {why}"),
    "export.q5_why": Text(
        "{targets}有可抽的{missing}企业，因此{stand_in}企业不计入{id}",
        "{targets} has an eligible {missing} enterprise, so {stand_in} does not count for {id}",
    ),
    "export.q7_note": Text(
        "被检查市州建议的检查对象；不计数",
        "suggested by the target prefecture; not counted",
    ),
    "export.no_dates": Text(
        "未给出检查日期（需要含 检查开始、检查结束 的名单 LIST）",
        "no visit dates given (a LIST with start_date, end_date)",
    ),
    "export.list_row": Text("{file}，第 {row} 行", "{file}, row {row}"),
    "export.list_not_drawn": Text(
        "{id} 标为“抽签”，但所给的抽签记录都没有抽中它；只有记录中抽中的企业才算“抽签”",
        "{id} is listed as drawn (抽签), but no given draw record drew it; "
        "only a record's selection is drawn",
    ),
    "export.list_suggested_drawn": Text(
        "{id} 标为“建议”，但它是抽签抽中的",
        "{id} is listed as suggested (建议) but was drawn",
    ),
    "export.list_no_record": Text(
        "{id}：没有给出检查{pref}的那个组的抽签记录",
        "{id}: no draw record of the group inspecting {pref} is given",
    ),
    # load/textfile.py: a text file's encoding, its CSV header, its rows
    "load.row": Text("{file}，第 {row} 行", "{file}, row {row}"),
    "load.header_at": Text("{file}，表头（第 {row} 行）", "{file}, header (row {row})"),
    "load.wide_text": Text(
        "是 {name} 编码的文本；请在 Excel 中“另存为”“CSV UTF-8(逗号分隔)”",
        "is {name}; save it from Excel as 'CSV UTF-8 (逗号分隔)'",
    ),
    "load.nul_bytes": Text(
        "含有 NUL 字节，像是{kind}，不是 CSV 文本；请在 Excel 中“另存为”“CSV UTF-8(逗号分隔)”",
        "contains NUL bytes: {kind}? save it from Excel as 'CSV UTF-8 (逗号分隔)'",
    ),
    "load.kind_zip": Text(
        "Excel 工作簿（.xlsx）或其他压缩文件", "an Excel workbook (.xlsx) or other zip file"
    ),
    "load.kind_xls": Text("旧版 Excel 工作簿（.xls）", "an old Excel workbook (.xls)"),
    "load.kind_utf16": Text(
        "没有字节顺序标记的 UTF-16 文本", "UTF-16 text without a byte-order mark"
    ),
    "load.kind_binary": Text("二进制文件", "binary file"),
    "load.bad_bytes": Text(
        "第 {line} 行（字节位置 {offset}）：字节 {shown} 既不是 UTF-8 也不是 GB18030；请在 Excel 中“另存为”“CSV UTF-8(逗号分隔)”",
        "line {line} (byte offset {offset}): bytes {shown} are neither UTF-8 nor GB18030; "
        "save it from Excel as 'CSV UTF-8 (逗号分隔)'",
    ),
    "load.file_empty": Text("是空文件", "is empty"),
    "load.no_header": Text("没有表头行", "has no header row"),
    "load.column_unnamed": Text(
        "第 {col} 列在表头行中没有列名", "column {col} has no name in the header row"
    ),
    "load.unknown_column": Text(
        "第 {col} 列“{cell}”不是可识别的列名{hint}；可用的列：{accepted}",
        "unknown column {col} {cell!r}{hint}; accepted columns: {accepted}",
    ),
    "load.separated_by_tabs": Text(
        "（各列像是用制表符分隔的；CSV 需要用英文逗号分隔）",
        " (the columns seem separated by tabs; CSV needs ASCII commas)",
    ),
    "load.separated_by_semicolons": Text(
        "（各列像是用分号分隔的；CSV 需要用英文逗号分隔）",
        " (the columns seem separated by semicolons; CSV needs ASCII commas)",
    ),
    "load.separated_by_full_width_commas": Text(
        "（各列像是用中文逗号“，”分隔的；CSV 需要用英文逗号“,”分隔）",
        " (the columns seem separated by full-width commas; CSV needs ASCII commas)",
    ),
    "load.column_repeated": Text(
        "第 {col} 列“{cell}”与第 {first_col} 列“{first}”重复（都表示 {name}）；请只保留一列",
        "column {col} {cell!r} repeats column {first_col} {first!r} (both mean {name}); keep one",
    ),
    "load.column_missing": Text(
        "缺少列 {names}；可用的列：{accepted}",
        "missing column {names}; accepted columns: {accepted}",
    ),
    "load.stray_cells": Text(
        "有 {n} 个单元格，但表头只有 {width} 列；含逗号的内容必须用英文双引号括起来",
        "has {n} cells but the header names {width} columns; "
        "a value containing a comma must be in double quotes",
    ),
    "load.and_more": Text("……另有 {n} 处", "… and {n} more"),
    # load/table.py, workbook.py: where in a workbook
    "load.sheet_at": Text("{file}，工作表“{sheet}”", "{file}, sheet {sheet}"),
    "load.cell_at": Text("{file}，单元格 {cell}", "{file}, {cell}"),
    # load/workbook.py: workbooks that cannot be read (en keeps the older zh (en) text)
    "load.xlsx_password": Text(
        "设置了打开密码（已加密），无法读取：请在 Excel 中选择 文件 → 信息 → 保护工作簿 → 用密码进行加密，清除密码后保存；WPS 中为 文件 → 文档加密 → 密码加密",
        "设置了打开密码（已加密），无法读取：请在 Excel 中选择 文件 → 信息 → 保护工作簿 → 用密码进行加密，清除密码后保存；WPS 中为 文件 → 文档加密 → 密码加密 (is password-protected: clear the password and save it again)",
    ),
    "load.xlsx_empty": Text(
        "是空文件；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试",
        "是空文件 (is empty)；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试 (open it and save it again as .xlsx)",
    ),
    "load.xlsx_not_workbook": Text(
        "不是 Excel 或 WPS 工作簿；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试",
        "不是 Excel 或 WPS 工作簿 (it does not start like one)；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试 (open it and save it again as .xlsx)",
    ),
    "load.xlsx_damaged": Text(
        "无法读取，文件已损坏或不完整（{detail}）；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试",
        "无法读取，文件已损坏或不完整 (damaged or incomplete: {detail})；请在 Excel 或 WPS 中打开，另存为“Excel 工作簿 (*.xlsx)”后再试 (open it and save it again as .xlsx)",
    ),
    "load.xlsx_no_sheet": Text(
        "没有可读取的工作表",
        "没有可读取的工作表 (has no visible worksheet)",
    ),
    "load.xlsx_wps": Text(
        "是 WPS 表格的 .et 文件，无法直接读取：请在 WPS 中选择 文件 → 另存为，文件类型选“Microsoft Excel 文件 (*.xlsx)”后再试",
        "是 WPS 表格的 .et 文件，无法直接读取：请在 WPS 中选择 文件 → 另存为，文件类型选“Microsoft Excel 文件 (*.xlsx)”后再试 (a WPS .et workbook: save it from WPS as .xlsx)",
    ),
    "load.xlsx_bomb": Text(
        "解压后有 {total} 字节，超过 {limit} 字节的上限，不像企业名单（可能是压缩炸弹或文件损坏）：请确认文件，删除无关的工作表和图片后另存为 .xlsx",
        "解压后有 {total} 字节，超过 {limit} 字节的上限，不像企业名单（可能是压缩炸弹或文件损坏）：请确认文件，删除无关的工作表和图片后另存为 .xlsx (unpacks to {total} bytes, more than the {limit} a list needs)",
    ),
    "load.xlsx_used_range": Text(
        "的已用区域是 {ref}（{rows} 行 × {columns} 列），太大，无法读取：通常是远处的单元格（如 {corner}）里有空格或内容。请选中数据右侧的空列和下方的空行，右键“删除”，保存后再试",
        "的已用区域是 {ref}（{rows} 行 × {columns} 列），太大，无法读取：通常是远处的单元格（如 {corner}）里有空格或内容。请选中数据右侧的空列和下方的空行，右键“删除”，保存后再试 (its used range {ref} is too big; delete the empty columns and rows beyond the list)",
    ),
    # load/cells.py: an enterprise list's cells
    "load.cell_prefecture": Text(
        "未知的市州“{text}”{near}；已知的市州：{known}",
        "unknown 市州 (prefecture) {text!r}{near}; known: {known}",
    ),
    "load.cell_zone": Text(
        "县市区“{text}”是只用于统计的功能区，不是县级行政区；请填写它所在的县市区",
        "县市区 (county) {text} is a statistics-only zone, not a county-level division; "
        "give the county it lies in",
    ),
    "load.cell_county_elsewhere": Text(
        "县市区“{text}”属于{others}，不属于{pref}",
        "县市区 (county) {text} is in {others}, not {pref}",
    ),
    "load.cell_county": Text(
        "县市区“{text}”不是{pref}的县市区{near}；{pref}的县市区有：{known}",
        "县市区 (county) {text!r} is not a county of {pref}{near}; its counties: {known}",
    ),
    "load.cell_tag": Text(
        "未知的类别“{text}”；可以填写：{accepted}（多个类别用 ; 或 、 分隔）",
        "unknown 类别 (tags) {text!r}; accepted: {accepted} (separate several with ;)",
    ),
    # load/textfile.py, yamlfile.py, planfile.py: a plan's lines and keys
    "load.line_at": Text("{file}，第 {line} 行", "{file}, line {line}"),
    "load.key_at": Text("{file}，{at}", "{file}, {at}"),
    "load.key_line_at": Text("{file}，{at}（第 {line} 行）", "{file}, {at} (line {line})"),
    "load.key_missing": Text(
        "缺少必填的键“{name}”；请补上", "required key {name!r} is missing; add it"
    ),
    "load.key_unknown": Text(
        "未知的键“{name}”：不允许多余的键（是不是写错了？）",
        "unknown key {name!r}: extra keys are forbidden (a typo?)",
    ),
    "load.key_unknown_allowed": Text(
        "未知的键“{name}”：不允许多余的键（是不是写错了？）；这里可以用：{names}",
        "unknown key {name!r}: extra keys are forbidden (a typo?); allowed here: {names}",
    ),
    "load.not_whole": Text("必须是整数，不能是 {given}", "must be a whole number, not {given}"),
    "load.not_date": Text(
        "必须是 2021-06-20 这样写的日期，不能是 {given}",
        "must be a date written like 2021-06-20, not {given}",
    ),
    "load.not_text": Text(
        "必须是文字，不能是 {given}；请加上引号", "must be text, not {given}; put it in quotes"
    ),
    "load.not_bool": Text(
        "必须是 true 或 false，不能是 {given}", "must be true or false, not {given}"
    ),
    "load.not_list": Text(
        "必须是 [a, b] 这样的列表，或以“- ”开头的若干行，不能是 {given}",
        "must be a list like [a, b] or lines starting with '- ', not {given}",
    ),
    "load.not_mapping": Text(
        "必须是若干“键: 值”行，不能是 {given}",
        "must be a mapping of 'key: value' lines, not {given}",
    ),
    "load.too_short": Text("至少需要 {n} 项", "needs at least {n} item(s)"),
    "load.too_small": Text("至少为 {ge}，不能是 {given}", "must be at least {ge}, not {given}"),
    "load.line_column_at": Text(
        "{file}，第 {line} 行第 {column} 列", "{file}, line {line}, column {column}"
    ),
    "load.yaml_invalid": Text(
        "不是有效的 YAML（请对照 data/groups.yaml 检查缩进、冒号和引号）：{detail}",
        "is not valid YAML: {detail}",
    ),
    "load.yaml_tabs": Text(
        "不是有效的 YAML：缩进用了制表符（Tab 键），请改用空格缩进",
        "is not valid YAML: a tab in the indentation (indent YAML with spaces, not tabs)",
    ),
    "load.plan_prefecture": Text(
        "未知的市州“{text}”{near}；已知的市州（来自{source}）：{known}",
        "unknown prefecture {text!r}{near}; known (from the {source}): {known}",
    ),
    "load.plan_prefecture_hunan": Text(
        "未知的市州“{text}”{near}；已知的市州（来自内置的湖南省 GB/T 2260 行政区划表）：{known}；"
        "其他省份请在方案中加上 prefectures: 一节",
        "unknown prefecture {text!r}{near}; known (from the bundled Hunan GB/T 2260 division "
        "table): {known}; for another province give the plan a prefectures: section",
    ),
    # load/exclusions.py, listfile.py
    "load.e3_no_reason": Text(
        "原因为空：E3 每一条排除都必须写明原因",
        "empty 原因 (reason): E3 needs a reason for every exclusion",
    ),
    "load.e3_again": Text(
        "统一社会信用代码 {code} 在第 {row} 行已经排除过",
        "统一社会信用代码 (id) {code} is also excluded on row {row}",
    ),
    "load.e3_as_of_unused": Text(
        "只在方案设置了 rules.exclude_inspected_within_days 时使用；"
        "要排除某一天以来检查过的企业，请用 --exclude-inspected-since",
        "applies only when the plan sets rules.exclude_inspected_within_days; "
        "to leave out enterprises inspected since a day, use --exclude-inspected-since",
    ),
    "load.e3_as_of_needed": Text(
        "方案设置了 rules.exclude_inspected_within_days: {days}，请用 --as-of 日期 给出往前推算的"
        "基准日（同一方案的每次抽签用同一天；它会写入每条排除原因）",
        "the plan sets rules.exclude_inspected_within_days: {days}, so give "
        "--as-of DATE, the day those days count back from (the same day for every draw "
        "of the plan; it is written into each exclusion's reason)",
    ),
    "load.name_differs": Text(
        "企业名称“{name}”与企业名单中 {code} 的名称“{listed}”不同；请核对统一社会信用代码",
        "企业名称 (name) {name!r} differs from {listed!r} in the enterprise list for {code}; "
        "check the id",
    ),
    # load/table.py: a worksheet (en keeps the older zh (en) text)
    "load.sheet_not_workbook": Text(
        "{path} 不是工作簿，--sheet 只用于 Excel 或 WPS 工作簿",
        "{path} 不是工作簿，--sheet 只用于 Excel 或 WPS 工作簿 ({path} is not a workbook (.xlsx, .xls, .ods); --sheet names a sheet of a workbook)",
    ),
    "load.no_sheet": Text(
        "没有名为“{sheet}”的工作表；工作簿中的工作表有：{shown}",
        "没有名为 {sheet!r} 的工作表 (has no sheet {sheet!r}); its sheets: {shown}",
    ),
    "load.sheet_blank_top": Text(
        "前 {n} 行是空的：没有表头，也没有数据",
        "前 {n} 行是空的：没有表头，也没有数据 (has nothing in its first {n} rows: no header row and no data)",
    ),
    "load.sheet_empty": Text(
        "是空的：没有表头，也没有数据",
        "是空的：没有表头，也没有数据 (is empty: no header row and no data)",
    ),
    "load.sheet_read": Text(
        "读取的是工作表“{title}”（第 {position} 个，共 {count} 个）",
        "读取的是工作表“{title}”（第 {position} 个，共 {count} 个） (read sheet {title!r}, {position} of {count})",
    ),
    "load.sheet_read_after": Text(
        "读取的是工作表“{title}”（第 {position} 个，共 {count} 个）；前面的工作表 {before} 中没有表头",
        "读取的是工作表“{title}”（第 {position} 个，共 {count} 个）；前面的工作表 {before} 中没有表头 (no header row in {before}) (read sheet {title!r}, {position} of {count})",
    ),
    "load.merged": Text(
        "是合并单元格：只有 {first} 有内容，其余是空的。请选中这些单元格，点“合并后居中”取消合并，再把内容填进每一个单元格",
        "是合并单元格：只有 {first} 有内容，其余是空的。请选中这些单元格，点“合并后居中”取消合并，再把内容填进每一个单元格 (merged cells: only {first} holds the value; unmerge them and fill in every cell)",
    ),
    # load/planfile.py, yamlfile.py: the rest of a plan's problems
    "load.plan_hidden": Text(
        "含有{what}；请不带它重新输入这个值：隐藏字符会改变或隐藏屏幕和签字确认单上显示的内容",
        "holds {what}; retype the value without it: hidden characters can change or hide what "
        "the screen and the sign-off sheet show",
    ),
    "load.plan_path_like": Text(
        "“{name}”含有 {found}：组名和市州名会成为文件名的一部分，不能含有 / \\ 或 ..；请改名",
        "{name!r} holds {found}: a group or prefecture name may not hold / \\ or .. "
        "(it becomes part of file names); rename it",
    ),
    "load.plan_no_name": Text("为空；请填写名称", "is empty; give a name"),
    "load.plan_no_county": Text("为空；请填写县市区名称", "is empty; give the county's name"),
    "load.plan_county_twice": Text(
        "县市区“{text}”在{name}中列出了两次；请只保留一个",
        "county {text} is listed twice in {name}; keep one",
    ),
    "load.plan_group_id_twice": Text(
        "组号 {id} 已被 groups[{earlier}] 使用；每个组的组号必须不同",
        "group id {id} is also used by groups[{earlier}]; give each group its own id",
    ),
    "load.plan_too_big": Text(
        "有 {size} 字节，超过方案文件 {limit} 字节的上限；未读取",
        "{size} bytes, more than the {limit} a plan may have; not read",
    ),
    "load.plan_not_mapping": Text(
        "必须是含有 plan:、rules:、groups:（以及可选的 prefectures:）这些键的映射，不能是 {given}",
        "must be a mapping with the keys plan:, rules:, groups: (and optionally prefectures:), "
        "not {given}",
    ),
    "load.yaml_too_long": Text(
        "有 {size} 个字符，超过方案文件 {limit} 个字符的上限",
        "{size} characters, more than the {limit} a plan may have",
    ),
    "load.yaml_control": Text(
        "含有 YAML 不允许的控制字符 {code}；请删除它",
        "contains the control character {code}, which YAML does not allow; remove it",
    ),
    "load.yaml_deep": Text(
        "嵌套太深，无法读取（超过 {n} 层）", "is nested too deeply to read (more than {n} levels)"
    ),
    "load.yaml_value": Text(
        "含有无法读取的值：{detail}", "holds a value that cannot be read: {detail}"
    ),
    "load.yaml_key_twice": Text(
        "键“{name}”在同一层中出现了两次（第一次在第 {first} 行）；请只保留一个",
        "key {name!r} appears twice in one mapping (first on line {first}); keep one",
    ),
    "load.yaml_alias_bomb": Text(
        "其中的锚点和别名（&name、*name）展开后超过 {n} 个值，方案用不到这么多（“别名炸弹”）；请直接写出各个值",
        "its anchors and aliases (&name, *name) expand to more than {n} values, which no plan "
        "needs (an 'alias bomb'); write the values out",
    ),
    "load.yaml_nested": Text(
        "嵌套超过 {n} 层（或别名 *name 用在了它自己的 &name 里面）；方案用不到这样的结构",
        "nested more than {n} levels deep (or an alias *name used inside its own &name); "
        "no plan needs that",
    ),
    "load.yaml_digits": Text(
        "是 {n} 位的数字；方案中没有超过 {limit} 位的值",
        "a number of {n} digits; no value of a plan has more than {limit}",
    ),
    "load.yaml_tag": Text(
        "不安全或未知的 YAML 标签 {tag}；crossdraw 只读取普通的 YAML：请删除这个标签",
        "unsafe or unknown YAML tag {tag}; crossdraw reads plain YAML only: remove the tag",
    ),
    "load.avoid_other_province": Text(
        "{name} 不是 --groups 方案中的市州（{known}）；--avoid 只接受同一省份的方案",
        "{name} is not a prefecture of the --groups plan ({known}); --avoid takes a plan of "
        "the same province",
    ),
    # ---- zh-rest: store/ and records/ (Worded keys `store.<key>`, `records.<key>`)
    "records.ledger_line_at": Text("{file} 第 {line} 行", "{file} line {line}"),
    "records.line_cut": Text(
        "不完整：末尾没有换行（文件被截断了）",
        "incomplete: no newline at its end (the file was cut)",
    ),
    "records.line_edited": Text(
        "不是规范格式（被手工改过？）", "not in canonical form (edited by hand?)"
    ),
    "records.line_hash": Text(
        "被改过（它的哈希与第 {next} 行的 prev 不符）",
        "edited (its hash does not match line {next}'s prev)",
    ),
    "records.differs": Text(
        "记录中写的是 {stored}，重新推算得到 {derived}",
        "record says {stored}, recomputed {derived}",
    ),
    "records.mismatch_line": Text("{field}：{what}", "{field}: {what}"),
    "store.record_missing": Text(
        "它记载的抽签记录 {record} 不见了", "its record {record} is missing"
    ),
    "store.record_edited": Text(
        "它记载的抽签记录 {record} 摘要是 {now}，账本中是 {logged}（记录被修改或替换了）",
        "its record {record} has digest {now}, the ledger says {logged} "
        "(the record was edited or replaced)",
    ),
    "store.record_unlogged": Text(
        "账本 {ledger} 中没有这份记录（不是 crossdraw draw 写的，或账本被截断了）",
        "no ledger line: {ledger} does not list this record (not written by `crossdraw "
        "draw`, or the ledger was cut)",
    ),
    "store.table_unlogged": Text(
        "账本 {ledger} 中没有这份分组抽签记录（不是 crossdraw plan draw 写的，或账本被截断了）",
        "no ledger line: {ledger} does not list this table record (not written by "
        "`crossdraw plan draw`, or the ledger was cut)",
    ),
    "store.cannot_read": Text("无法读取：{reason}", "cannot read: {reason}"),
    "store.cannot_write": Text(
        "无法写入：{reason}；什么都没有写入", "cannot write: {reason}; nothing was written"
    ),
    "store.file_exists": Text(
        "已有同名文件；crossdraw 从不覆盖文件", "a file of this name exists; never overwritten"
    ),
    "store.void_no_draw": Text(
        "{ledger} 中没有这份记录的抽签", "no draw of this record in {ledger}"
    ),
    "store.void_already": Text(
        "已经作废过（ledger.jsonl 第 {line} 行：{why}）",
        "already voided (ledger.jsonl line {line}: {why})",
    ),
    "store.void_no_reason": Text(
        "作废必须用 --reason 写明理由，记入账本",
        "a void needs --reason TEXT saying why, for the ledger",
    ),
    "store.void_record_changed": Text(
        "记录的摘要与 ledger.jsonl 第 {line} 行记载的不同：记录被改过；请运行 crossdraw verify {folder}",
        "the record's digest is not the one at ledger.jsonl line {line}: it was changed; "
        "run `crossdraw verify {folder}`",
    ),
    "store.recover_failed": Text(
        "无法完成被中断的写入：{reason}", "cannot finish an interrupted write: {reason}"
    ),
    "store.ledger_damaged": Text(
        "账本已损坏；什么都没有写入。请运行 crossdraw verify {folder}，并保持文件夹原样",
        "the ledger is damaged; nothing was written. Run `crossdraw verify {folder}` and keep "
        "the folder as it is",
    ),
    "store.ledger_changed": Text(
        "本命令运行期间另一个 crossdraw 写入了账本；什么都没有写入：请重新运行本命令",
        "another crossdraw wrote to the ledger while this command was running; nothing was "
        "written: run the command again",
    ),
    # load/table.py: a worksheet cell Excel typed wrongly (en keeps the older zh (en) text)
    "load.cell_bool_text": Text(
        "{label} 是逻辑值 {what}，不是文字",
        "{label} 是逻辑值 {what}，不是文字 (is {what}, not a text)",
    ),
    "load.cell_time_text": Text(
        "{label} 是时间 {value}，不是文字",
        "{label} 是时间 {value}，不是文字 (holds a time ({value}), not a text)",
    ),
    "load.cell_bool_id": Text(
        "{label} 是逻辑值 {what}，不是代码",
        "{label} 是逻辑值 {what}，不是代码 (is {what}, not a code)",
    ),
    "load.cell_time_id": Text(
        "{label} 是时间 {value}，不是代码",
        "{label} 是时间 {value}，不是代码 (holds a time ({value}), not a code)",
    ),
    "load.cell_bool_date": Text(
        "{label} 是逻辑值 {what}，不是日期",
        "{label} 是逻辑值 {what}，不是日期 (is {what}, not a date)",
    ),
    "load.cell_time_date": Text(
        "{label} 是时间 {value}，不是日期",
        "{label} 是时间 {value}，不是日期 (holds a time ({value}), not a date)",
    ),
    "load.cell_made_date": Text(
        "{label} 被 Excel 变成了日期 {shown}：请把该列设为“文本”格式，再重新输入或粘贴原始内容",
        "{label} 被 Excel 变成了日期 {shown}：请把该列设为“文本”格式，再重新输入或粘贴原始内容 (holds the date {shown}: Excel turned it into one; format the column as 文本 (text) and type it again)",
    ),
    "load.cell_scientific": Text(
        "{label} 是科学计数法的数字 {text}：Excel 把代码当成数字显示成这样并照此保存，原来的代码已经丢失。请在原始表格中把该列设为“文本”格式，重新输入代码后再保存",
        "{label} 是科学计数法的数字 {text}：Excel 把代码当成数字显示成这样并照此保存，原来的代码已经丢失。请在原始表格中把该列设为“文本”格式，重新输入代码后再保存 (is the number {text} in scientific notation: Excel showed the code as a number and saved it so, and the code is lost; format the column as 文本 (text), type the codes again and save)",
    ),
    "load.cell_id_number_long": Text(
        "{label} 存成了数字 {shown}：Excel 的数字只保留 {digits} 位有效数字，18 位的代码已经变了。请把该列设为“文本”格式，再重新输入或粘贴原始内容",
        "{label} 存成了数字 {shown}：Excel 的数字只保留 {digits} 位有效数字，18 位的代码已经变了。请把该列设为“文本”格式，再重新输入或粘贴原始内容 (is stored as the number {shown}: Excel keeps only {digits} digits of a number, so the 18-character code is lost; format the column as 文本 (text) and type it again)",
    ),
    "load.cell_id_number": Text(
        "{label} 存成了数字 {shown}：数字会去掉开头的 0 等字符，代码可能已经不完整。请把该列设为“文本”格式，再重新输入或粘贴原始内容",
        "{label} 存成了数字 {shown}：数字会去掉开头的 0 等字符，代码可能已经不完整。请把该列设为“文本”格式，再重新输入或粘贴原始内容 (is stored as the number {shown}: a number drops leading zeros, so the code may be cut short; format the column as 文本 (text) and type it again)",
    ),
    "load.cell_number_long": Text(
        "{label} 存成了数字 {shown}：Excel 的数字只保留 {digits} 位有效数字。请把该列设为“文本”格式，再重新输入或粘贴原始内容",
        "{label} 存成了数字 {shown}：Excel 的数字只保留 {digits} 位有效数字。请把该列设为“文本”格式，再重新输入或粘贴原始内容 (is stored as the number {shown}: Excel keeps only {digits} digits of a number; format the column as 文本 (text) and type it again)",
    ),
    "load.cell_date_typed": Text(
        "{label} 写成了数字 {shown}，读作 {text}",
        "{label} 写成了数字 {shown}，读作 {text} (was typed as the number {shown}; read as {text})",
    ),
    "load.cell_number_not_date": Text(
        "{label} 是数字 {shown}，不是日期：请写成 2021-06-01 这样的日期",
        "{label} 是数字 {shown}，不是日期：请写成 2021-06-01 这样的日期 (is the number {shown}, not a date; write it like 2021-06-01, 2021/06/01 or 2021-06-01 09:00)",
    ),
    "load.cell_date_serial": Text(
        "{label} 存成了数字 {shown}，按 Excel 的日期读作 {text}；请把该列设为“日期”格式",
        "{label} 存成了数字 {shown}，按 Excel 的日期读作 {text}；请把该列设为“日期”格式 (was stored as the number {shown}; read as the Excel date {text}. Format the column as a date (日期))",
    ),
    # services/filing.py: a record or folder that does not verify, before anything is filed
    "input.folder_unsound": Text(
        "该文件夹核对不通过：请运行 crossdraw verify {folder}；什么都没有写入",
        "the folder does not verify: run `crossdraw verify {folder}`; nothing was written",
    ),
    "input.mismatch_see_verify": Text(
        "详情请运行 crossdraw verify；什么都没有写入",
        "run crossdraw verify for details; nothing was written",
    ),
    "input.commitment_changed": Text(
        "{path}：摘要：承诺中写的是 {said}，按其内容算得 {gives}；承诺写好后被改过，因此不生成承诺单",
        "{path}: digest: the commitment says {said}, its content gives {gives}; it was changed "
        "after it was written, so no sheet is written",
    ),
    "input.no_reproduce": Text(
        "{path}：这份记录按其自身内容推算不出原结果，因此不生成确认单（见 crossdraw verify）",
        "{path}: the record does not reproduce from its own content, so no sheet is written "
        "(see crossdraw verify)",
    ),
    "input.table_no_reproduce": Text(
        "{path}：这份分组抽签记录按其自身内容推算不出原结果，因此不生成确认单（见 crossdraw verify）",
        "{path}: the table record does not reproduce from its own content, so no sheet is "
        "written (see crossdraw verify)",
    ),
    "store.record_swapped": Text(
        "记载的记录是 {record}，但摘要为 {digest} 的记录应名为 {expected}（是不是用另一次抽签的文件名换进了别的记录？）",
        "names the record {record}, but a record with digest {digest} is named {expected} "
        "(a record swapped in under another draw's file name?)",
    ),
    "store.record_unreadable": Text("它记载的抽签记录有误：{problem}", "its record {problem}"),
    "store.record_foreign": Text(
        "它记载的抽签记录 {record} 不是 crossdraw 的记录",
        "its record {record} is not a crossdraw record",
    ),
    "store.record_other_key": Text(
        "它记载的抽签记录 {record} 属于 {of}", "its record {record} is of {of}"
    ),
    "store.table_other": Text(
        "它记载的分组抽签记录 {record} 不是这一行所记的分组",
        "its record {record} is not the table this line logs",
    ),
    "store.plan_file_missing": Text("方案文件 {name} 不见了", "the plan file {name} is missing"),
    "store.plan_file_edited": Text(
        "SHA-256 是 {sha}，分组抽签记录 {record} 中是 {logged}（抽签后方案被改过；请保留抽签时的文件，改动请在副本上进行）",
        "has sha256 {sha}, the table record {record} says {logged} (the plan was edited after "
        "the draw; keep the drawn file and edit a copy)",
    ),
    "records.json_kind_ledger_line": Text("账本行", "a ledger line"),
    "records.json_kind_commitment": Text("抽签前承诺文件", "a crossdraw commitment"),
    "records.json_kind_record": Text("抽签记录", "a crossdraw record"),
    "records.json_kind_table_record": Text("分组抽签记录", "a crossdraw table record"),
    "records.json_kind_file": Text("可读取的文件", "a readable file"),
    "records.json_too_big": Text(
        "不是{kind}：有 {size} 字节，超过 crossdraw 读取的上限 {limit} 字节",
        "not {kind}: {size} bytes, more than the {limit} crossdraw reads",
    ),
    "records.json_not_utf8": Text(
        "不是{kind}（JSON 无效：不是 UTF-8 文本，第 {byte} 个字节）",
        "not {kind} (invalid JSON: not UTF-8 text, byte {byte})",
    ),
    "records.json_invalid": Text(
        "不是{kind}（JSON 无效：第 {line} 行第 {column} 列：{detail}；文件可能被改坏或截断了）",
        "not {kind} (invalid JSON: {detail}: line {line} column {column})",
    ),
    "records.wrong_commitment": Text(
        "记载的承诺序号 {seq} 不是本被检查市州的承诺",
        "names commitment seq {seq}, not one of its target",
    ),
    "records.wrong_seed_commitment": Text(
        "公开的是序号 {seq}，它不是本被检查市州的种子承诺",
        "reveals seq {seq}, not a seed commitment of its target",
    ),
    "records.second_table": Text(
        "{title} {year} 年的第二次分组抽签（第一次在第 {first} 行）",
        "a second table of {title} {year} (the first is at line {first})",
    ),
    "records.record_again": Text(
        "再次记载了 {record}（第 {first} 行已记载）",
        "names {record} again (line {first})",
    ),
    "records.second_draw": Text(
        "{target} 的第二次抽签，而第 {first} 行的抽签仍然有效（从未作废）",
        "a second draw of {target} while line {first} stands (it was never voided)",
    ),
    "records.void_not_standing": Text(
        "作废的是序号 {seq}，但它不是一次有效的抽签",
        "voids seq {seq}, which is not a standing draw",
    ),
    "store.recover_fix": Text(
        "请用 crossdraw recover {folder} 完成或撤销它（在此文件夹中下一次运行 crossdraw draw、void 或 ceremony 时也会处理）",
        "finish or undo it with `crossdraw recover {folder}` (or the next crossdraw draw, void "
        "or ceremony in this folder does it)",
    ),
    "store.write_interrupted": Text(
        "对此文件夹的一次写入被中断了（或正在进行）：账本和记录按现状显示，而不是那次写入完成后的样子；{fix}",
        "a write to this folder was interrupted (or is running now): the ledger and records "
        "are shown as they stand, not as that write leaves them; {fix}",
    ),
    "store.write_staged": Text(
        "有 {n} 个暂存文件属于一次从未开始的写入：{fix}",
        "staged file(s) of a write that never began ({n}): {fix}",
    ),
    "store.undo_failed": Text("无法撤销被中断的写入", "cannot undo an interrupted write"),
    "store.write_stuck": Text(
        "被中断的写入既不能保留也不能撤销：此后 ledger.jsonl 被改动过；请保持文件夹原样，并对它运行 crossdraw verify",
        "an interrupted write can be neither kept nor undone: ledger.jsonl was changed since; "
        "keep the folder as it is and run `crossdraw verify` on it",
    ),
    "store.write_failed": Text(
        "写入失败（{reason}），且无法立即撤销；请用 crossdraw recover {folder} 撤销",
        "writing failed ({reason}) and could not be undone at once; undo it with: crossdraw "
        "recover {folder}",
    ),
    "store.table_foreign": Text(
        "它记载的记录 {record} 不是分组抽签记录", "its record {record} is not a table record"
    ),
    "store.symlink": Text(
        "是符号链接；crossdraw 从不通过符号链接读写抽签文件夹中的文件（它可能指向文件夹之外）：请放入文件本身",
        "is a symbolic link; crossdraw never reads or writes a draws folder's files through one "
        "(it could point outside the folder): put the file itself there",
    ),
    "store.file_too_big": Text(
        "有 {size} 字节，超过抽签文件夹中任何文件的上限 {limit} 字节（不是 crossdraw 写的）；未读取",
        "{size} bytes, more than the {limit} any file of a draws folder may have (not written "
        "by crossdraw); not read",
    ),
    "store.plain_name": Text(
        "记录的文件名必须是普通的 .json 文件名", "a record's name must be a plain .json file name"
    ),
    "store.journal_foreign": Text(
        "不是 crossdraw 写的日志：{problem}。什么都没有改动或删除；请保持文件夹原样，并用 crossdraw verify 核对",
        "not a journal crossdraw writes: {problem}. Nothing was changed or deleted; keep the "
        "folder as it is and check it with crossdraw verify",
    ),
    "store.journal_refused": Text(
        "被中断写入的日志，crossdraw 拒绝处理：{problems}",
        "an interrupted write's journal that crossdraw refuses: {problems}",
    ),
    "records.first_prev": Text(
        "prev 不是 {genesis}…（账本第一行应是它）", "prev is not {genesis}… (the first line)"
    ),
    "records.pools_differ": Text(
        "{record} 的企业库与第 {at_line} 行的承诺不同",
        "the pools of {record} differ from the commitment at line {at_line}",
    ),
    "records.quotas_differ": Text(
        "{record} 适用的定额与第 {at_line} 行的承诺不同",
        "the quotas in force of {record} differ from the commitment at line {at_line}",
    ),
    "records.signature_bad": Text("签名有误：{problem}", "signature {problem}"),
    # records/signing.py: key files
    "records.key_kind_signing": Text("签名私钥", "signing key"),
    "records.key_kind_public": Text("公钥", "public key"),
    "records.key_kind_trusted_keys": Text("受信任密钥文件", "trusted-keys file"),
    "records.key_unreadable": Text("无法读取{kind}：{reason}", "cannot read the {kind}: {reason}"),
    "records.key_encrypted": Text(
        "签名私钥设置了口令；crossdraw 只读取 crossdraw keygen 生成的无口令密钥",
        "the signing key is encrypted with a passphrase; crossdraw reads only unencrypted keys "
        "made by `crossdraw keygen`",
    ),
    "records.key_not_private_pem": Text(
        "不是 PEM 格式的私钥（请用 crossdraw keygen --out 文件夹 生成）",
        "not a PEM private key (make one with `crossdraw keygen --out DIR`)",
    ),
    "records.key_not_ed25519_private": Text("不是 Ed25519 私钥", "not an Ed25519 private key"),
    "records.key_not_public_pem": Text("不是 PEM 格式的公钥", "not a PEM public key"),
    "records.key_not_ed25519_public": Text("不是 Ed25519 公钥", "not an Ed25519 public key"),
    "records.trusted_line_bad": Text(
        "既不是 PEM 公钥，也不是指纹（确认单上打印的 16 位十六进制，如 3F2A 91BC 0D4E 7711，或完整的 64 位 SHA-256）",
        "neither a PEM public key nor a fingerprint (16 hex digits as printed, e.g. 3F2A 91BC "
        "0D4E 7711, or the full 64-digit SHA-256)",
    ),
    "records.pem_unended": Text("PEM 块缺少 END 行", "PEM block without its END line"),
    "records.trusted_not_utf8": Text(
        "受信任密钥文件不是 UTF-8 文本", "the trusted-keys file is not UTF-8 text"
    ),
    # services/verifying.py: verify --groups, a record against its plan
    "records.plan_other": Text(
        "记录属于 {mine}，而 {plan} 是 {theirs}", "the record is of {mine}, {plan} of {theirs}"
    ),
    "records.plan_no_group": Text("{plan} 中没有第 {id} 组", "{plan} has no group {id}"),
    "records.plan_differs": Text(
        "记录中是 {mine}，{plan} 中是 {theirs}", "the record says {mine}, {plan} {theirs}"
    ),
    "records.plan_rules_differ": Text(
        "记录中是 {mine}，{plan} 中是 {theirs}（规则与方案不同；规则只能豁免，并写明理由）",
        "the record says {mine}, {plan} {theirs} (rules other than the plan's; a rule may only "
        "be waived, with its reason)",
    ),
    "records.sha_differs": Text(
        "{path} 的 SHA-256 是 {sha}，记录中是 {stated}（不是抽签时用的那个文件）",
        "{path} has sha256 {sha}, the record {stated}",
    ),
    "load.plan_unknown_category": Text(
        "未知的类别 {names}；可用的类别：{known}", "unknown category {names}; known: {known}"
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


_CHOSEN: ContextVar[Lang | None] = ContextVar("crossdraw_lang", default=None)


def choose_lang(lang: Lang | None) -> Token[Lang | None]:
    """The language of this run, chosen once by the command line (cli/words.py); the
    token puts the previous choice back when the run ends."""
    return _CHOSEN.set(lang)


def current_lang() -> Lang:
    """The language chosen for this run, else the one the environment asks for."""
    return _CHOSEN.get() or resolve_lang()


def say(key: str, /, **fields: object) -> str:
    """The text of `key` in the language of this run."""
    return text(key, current_lang(), **fields)


def resolve_lang(option: str | None = None) -> Lang:
    """--lang, else the run's chosen language, else CROSSDRAW_LANG, else the locale;
    Chinese unless English is asked for."""
    if not option and _CHOSEN.get() is not None:
        return _CHOSEN.get() or "zh"
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


def finding_text(finding: Finding, lang: str | None = None) -> str:
    """A rule finding in words: its code, the rule's name, then what was found
    (`Q2 县市区分布：湘潭市抽中的企业只在1个县市区（雨湖区），至少需要2个`).

    A finding without a catalog key (none today) is shown as the engine wrote it.
    """
    lang = lang or current_lang()
    key = f"finding.{finding.key}"
    if key not in CATALOG:
        return finding.message
    join = "、" if lang == "zh" else ", "
    fields: dict[str, object] = {
        name: join.join(value) if isinstance(value, tuple) else value
        for name, value in finding.fields
    }
    fields["place"] = finding.place
    if fields.get("stand_ins"):
        fields["stand_ins"] = text("finding.stand_ins", lang, stand_ins=fields["stand_ins"])
    template = getattr(CATALOG[key], lang if lang in LANGS else "zh")
    body = text(key, lang, **{k: fields.get(k, "") for k in _fields_of(template)})
    if fields.get("row") not in (None, ""):
        body += text("rule.row", lang, row=fields["row"])
    if finding.place and "{place}" not in template:
        body = text("rule.place", lang, place=finding.place, body=body)
    rule = f"rule.{finding.rule}"
    name = fields.get("name") if finding.key == "quota" else None
    if name is None:
        name = text(rule, lang) if rule in CATALOG else ""
    return text("rule.line", lang, rule=finding.rule, name=name, body=body)


def _fields_of(template: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def requirement_text(req: ActiveRequirement, lang: str | None = None) -> str:
    """A category quota (Q3, Q4 …) in words, with any Q5 stand-in."""
    from crossdraw.domain.vocab import tag_label

    lang = lang or current_lang()
    join = "、" if lang == "zh" else ", "
    cats = join.join(tag_label(c) for c in req.categories)
    line = text("ceremony.requirement", lang, id=req.id, name=req.name, n=req.at_least, cats=cats)
    for missing, stand_in in req.substituted:
        line += "\n" + text(
            "ceremony.substituted",
            lang,
            id=req.id,
            missing=tag_label(missing),
            stand_in=tag_label(stand_in),
        )
    return line.strip()


def problem_text(problem: Problem, lang: str | None = None) -> str:
    """An input problem in words: where, then what (worded here when it has a key)."""
    lang = lang or current_lang()
    key = f"problem.{problem.key}"
    if lang == "en" and key not in CATALOG:  # a loader's English is its own words
        return str(problem)
    if key in CATALOG:
        what = text(key, lang, **dict(problem.fields))
    else:
        what = _loaded(problem.what, lang)
    where = _loaded(problem.where, lang)
    if not where:
        return what
    return text("problem.line", lang, where=where, what=what)


def _loaded(value: str, lang: str) -> str:
    """A loader's Worded text (`load.<key>`) in `lang`; other text as it is."""
    from crossdraw.domain.errors import Problem as Prob
    from crossdraw.domain.errors import Worded

    if not isinstance(value, Worded):
        return value
    spaces = ("load", "store", "records")  # the layers below output that word their text
    key = next((k for k in (f"{s}.{value.key}" for s in spaces) if k in CATALOG), "")
    if not key:
        return value
    fields = dict(value.fields)
    join = "、" if lang == "zh" else ", "
    fields = {k: join.join(v) if isinstance(v, tuple) else v for k, v in fields.items()}
    fields = {k: _loaded(v, lang) if isinstance(v, Worded) else v for k, v in fields.items()}
    fields = {k: problem_text(v, lang) if isinstance(v, Prob) else v for k, v in fields.items()}
    if "more" in fields:
        fields["more"] = text("load.more", lang, n=fields["more"]) if fields["more"] else ""
    if "near" in fields:
        fields["near"] = text("load.near", lang, name=fields["near"]) if fields["near"] else ""
    if "whole" in fields and value.key != "not_listed_leading":
        fields["whole"] = ""
    return text(key, lang, **fields)


def reason_text(reason: str, lang: str | None = None) -> str:
    """An exclusion reason as people read it: the fixed E2 reason (stored bilingual in
    records and pools, whose digests it is part of) in the run's language; any other
    reason (E3, as the exclusion file gave it) as it is."""
    from crossdraw.domain.pool import E2_REASON

    return text("out.e2_reason", lang or current_lang()) if reason == E2_REASON else reason


def mismatch_text(mismatch: Mismatch, lang: str | None = None) -> str:
    """A record's difference from what it re-derives to (verify): the field, then what."""
    lang = lang or current_lang()
    what = _loaded(mismatch.message, lang)
    return text("records.mismatch_line", lang, field=mismatch.field, what=what)


def worded(value: str, lang: str | None = None) -> str:
    """Text from below the output layer in words: a Worded string through its catalog key
    (`infeasible.<key>`), led by its rule and the rule's name; anything else as it is."""
    from crossdraw.domain.errors import Worded

    key = f"infeasible.{value.key}" if isinstance(value, Worded) else ""
    if key not in CATALOG:
        return value
    assert isinstance(value, Worded)
    lang = lang or current_lang()
    join = "、" if lang == "zh" else ", "
    fields = {k: join.join(v) if isinstance(v, tuple) else v for k, v in value.fields}
    rule = fields.pop("rule", None)
    body = text(key, lang, **fields)
    if rule is None:
        return body
    name = text(f"rule.{rule}", lang) if f"rule.{rule}" in CATALOG else ""
    return text("rule.line", lang, rule=rule, name=name, body=body)
