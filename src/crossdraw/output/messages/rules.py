"""Rule findings (domain/rules.py: Finding.key): the rule's code, its name, then what was found."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
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
}
