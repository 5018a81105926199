"""What the commands print (cli/): tables, summaries, results; input problems of services/."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
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
}
