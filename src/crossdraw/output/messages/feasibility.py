"""Why a group cannot be drawn (lottery/feasibility.py: Worded keys `infeasible.<key>`)."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
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
}
