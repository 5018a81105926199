"""The inspection checklist of each drawn enterprise, and the plan's inspection items C1-C19."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
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
}
