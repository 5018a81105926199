"""What a draws folder can get wrong: ledger, journal, records, keys, and verify against other inputs."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
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
    "records.prior_invalid": Text(
        "{target}先前的抽签结果（{ids}）按这些规则不是其可抽企业中的有效组合",
        "the earlier draw of {target} ({ids}) is not a valid selection of its eligible pool "
        "under these rules",
    ),
    "records.prior_drawn": Text("{target}已经抽过签了", "{target} has already been drawn"),
    "records.plan_within_days": Text(
        "记录中是 {mine}，{plan} 的 rules.exclude_inspected_within_days 是 {theirs}",
        "the record says {mine}, {plan} rules.exclude_inspected_within_days {theirs}",
    ),
    "records.exclude_differs": Text(
        "{path} 的 SHA-256 是 {sha}，记录中是 {stated}（不是抽签时用的排除名单）",
        "{path} has sha256 {sha}, the record {stated}",
    ),
    "records.exclude_none_stated": Text(
        "{path} 的 SHA-256 是 {sha}，但抽签时没有使用排除名单",
        "{path} has sha256 {sha}, the record names no exclusion file",
    ),
    "records.exclude_not_given": Text(
        "抽签时排除了排除名单（SHA-256 {stated}）中的企业：请用 --exclude 文件 给出该名单以便核对",
        "the draw left out enterprises listed in an exclusion file (sha256 {stated}): give it "
        "with --exclude FILE to check them",
    ),
    "records.selected_not_listed": Text("{id} 不在企业名单中", "{id} is not in the list"),
    "records.selected_differs": Text(
        "记录中是 {mine}，企业名单（第 {row} 行）中是 {theirs}",
        "the record says {mine}, the list (row {row}) {theirs}",
    ),
    "records.previous_unlogged": Text(
        "指向 {prefecture} 的抽签（摘要 {digest}），但它不是所给任何文件夹中已记入账本的抽签"
        "（请同时给出那次抽签的文件夹；从未记入账本的记录不算先前的抽签）",
        "names the draw of {prefecture} with digest {digest}, which is not a logged draw of any "
        "folder given (give that draw's folder too; a record that was never logged is not an "
        "earlier draw)",
    ),
    "records.previous_differs": Text(
        "与那份记录抽中的企业（{ids}）不一致",
        "does not match the selection of that record ({ids})",
    ),
    # records/record.py: a record re-derived (verify)
    "records.record_malformed": Text(
        "记录内容无效，无法重新推算（{detail}）", "malformed content ({detail})"
    ),
    "records.no_valid_selection": Text(
        "按这些企业池和规则，没有任何符合定额的抽签结果",
        "no valid selection exists for these pools and rules",
    ),
    "records.pool_listing_differs": Text(
        "企业名单中的{prefecture}与记录有 {n} 家企业不同：{ids}{more}",
        "{prefecture} in the enterprise file differs from the record for {n} enterprises: "
        "{ids}{more}",
    ),
    "records.table_undrawable": Text(
        "按这些内容无法抽出分组表（{detail}）", "no table can be drawn from this content ({detail})"
    ),
    "records.table_forbidden": Text(
        "重复了不允许的组合 {pairs}", "repeats forbidden pairs {pairs}"
    ),
    "load.plan_unknown_category": Text(
        "未知的类别 {names}；可用的类别：{known}", "unknown category {names}; known: {known}"
    ),
}
