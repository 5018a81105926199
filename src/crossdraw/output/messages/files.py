"""What a clerk's files can get wrong: the export's 定额核对 notes, CSV and workbooks, plans, exclusions, LISTs."""

from crossdraw.output.messages.entry import Text

ENTRIES: dict[str, Text] = {
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
    # ---- export: records that do not belong together; a record a sheet cannot print
    "export.other_plan": Text(
        "是《{title}》（{year} 年）的抽签记录，不是《{plan_title}》（{plan_year} 年）的",
        "is a record of {title} ({year}), not of {plan_title} ({plan_year})",
    ),
    "export.no_group": Text("方案中没有第 {group} 组", "group {group} is not in the plan"),
    "export.other_targets": Text(
        "记录中{group}的被检查市州与方案不同",
        "{group}'s targets in the record differ from the plan's",
    ),
    "export.two_records": Text(
        "{group}在{target}有两份不同的抽签记录（{first} 和 {second}）：只给出有效的那一份",
        "{target} of {group} has two different records ({first} and {second}); give the one "
        "that stands",
    ),
    "export.other_pools": Text(
        "它的企业池与 {first} 不同：{group}的两个被检查市州是从不同的企业名单或排除名单中抽取的",
        "its pools differ from {first}'s: the targets of {group} were drawn from different "
        "enterprise lists or exclusions",
    ),
    "export.other_rules": Text(
        "它的规则或豁免与 {first} 不同（{group}）",
        "its rules or waivers differ from {first}'s ({group})",
    ),
    "sheet.unknown_schema": Text(
        "记录格式 {schema} 不是本版 crossdraw 能读取的格式",
        "record schema {schema} is not one this crossdraw reads",
    ),
    "sheet.malformed": Text(
        "抽签记录内容不完整或已损坏（{detail}）",
        "malformed draw record ({detail})",
    ),
}
