"""Click's own words, the help of every command, option and argument (cli/words.py)."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
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
}
