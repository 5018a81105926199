"""The words the ceremony and `recover` say, in Chinese (default) and English."""

from __future__ import annotations

import os

LANGS = ("zh", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "title": "交叉执法抽签 — {plan}",
        "step": "第{n}步：{what}",
        "step_pick": "选择交叉执法组和被检查市州",
        "step_pool": "公示抽签范围（企业库）和指纹",
        "step_people": "登记见证人、抽签人和被检查市州局代表",
        "step_seed": "生成随机种子（掷十面骰子）",
        "step_draw": "抽签并公布结果",
        "step_write": "保存抽签记录",
        "choose_group": "请输入组号",
        "choose_target": "请输入被检查市州",
        "all_drawn": "{group}的被检查市州均已抽签，无需再抽。",
        "undrawn": "尚未抽签的被检查市州：{targets}",
        "groups_open": "尚有未抽签市州的组：{groups}",
        "pool_line": "{target}：可抽企业 {eligible} 家（共 {total} 家，排除 {excluded} 家），涉及 {counties} 个县市区",
        "fingerprint": "企业库指纹（请宣读并签字）：{fp}",
        "digest": "企业库摘要 SHA-256：{digest}",
        "excluded_line": "  排除：{id} {reason}",
        "requirement": "  {id} {name}：全组至少 {n} 家，计入类别：{cats}",
        "substituted": "  {id}（Q5）：两个被检查市州均无可抽的{missing}企业，{stand_in}企业可以代替",
        "witness": "见证人（被检查市州企业代表）姓名",
        "drawer": "抽签人姓名",
        "bureau_rep": "被检查市州应急管理局代表姓名",
        "place": "抽签地点",
        "commitment": "承诺单已保存（种子产生之前）：{path}",
        "parties": "参与产生种子的方数（每方掷骰子）",
        "part": "第{i}方：请输入掷出的骰子数字",
        "part_digits": "只能输入数字 0-9，请重新输入。",
        "part_confirm": "第{i}方输入的是 {part}，确认吗？",
        "seed_is": "种子：{seed}（{digits} 位数字）",
        "short_confirm": "种子只有 {digits} 位数字，建议至少 20 位。确定使用吗？",
        "short_refused": "种子少于 20 位数字：请增加骰子位数，或加 --accept-short-seed 明确确认。",
        "count": "符合全部规则（Q1–Q5）的抽签组合共 {count} 种；本次在 {bound} 种（加权）中抽取。",
        "reveal": "按回车键揭晓抽签结果",
        "drawn": "抽中：{name}（{id}），{county}，{tags}，概率 {odds}",
        "saved": "抽签记录已保存：{path}",
        "sheet": "签字确认单（请打印签字）：{path}",
        "record_digest": "记录摘要：{digest}",
        "record_fp": "记录指纹：{fp}",
        "missing": "缺少 {what}：无终端交互时（--no-input）必须用 {flag} 给出。",
        "none": "无",
        "recover_nothing": "{folder}：没有中断的写入，无需处理。",
        "recover_leftovers": "{folder}：一次写入在写账本之前中断，已删除它留下的暂存文件（{files}）。",
        "recover_completed": "{folder}：已完成一次中断的写入（{files}）：账本行和记录均已到位。",
        "recover_undone": "{folder}：已撤销一次中断的写入（{files}）。",
        "recover_cut": "  ledger.jsonl 从 {size} 字节截回 {size_before} 字节（删去 {lines} 行）。",
        "recover_uncut": "  ledger.jsonl 未改动。",
        "recover_ledger_only": "仅账本行",
        "recover_next": "下一步：crossdraw verify {folder}",
    },
    "en": {
        "title": "Cross-enforcement draw — {plan}",
        "step": "Step {n}: {what}",
        "step_pick": "choose the group and target prefecture",
        "step_pool": "publish the pool and its fingerprint",
        "step_people": "record the witness, drawer and target-bureau representative",
        "step_seed": "make the seed (roll ten-sided dice)",
        "step_draw": "draw and reveal",
        "step_write": "save the draw record",
        "choose_group": "Group number",
        "choose_target": "Target prefecture",
        "all_drawn": "Every target of {group} has been drawn already.",
        "undrawn": "Targets not yet drawn: {targets}",
        "groups_open": "Groups with targets still to draw: {groups}",
        "pool_line": "{target}: {eligible} eligible of {total} ({excluded} excluded) in {counties} counties",
        "fingerprint": "Pool fingerprint (read aloud and sign): {fp}",
        "digest": "Pool digest SHA-256: {digest}",
        "excluded_line": "  excluded: {id} {reason}",
        "requirement": "  {id} {name}: at least {n} in the group, counting {cats}",
        "substituted": "  {id} (Q5): no eligible {missing} enterprise in any target; {stand_in} counts instead",
        "witness": "Witness (enterprise representative of the target prefecture)",
        "drawer": "Drawer",
        "bureau_rep": "Target prefecture bureau representative",
        "place": "Place",
        "commitment": "Commitment sheet saved (before any seed): {path}",
        "parties": "How many parties contribute to the seed (each rolls dice)",
        "part": "Party {i}: type the digits rolled",
        "part_digits": "Digits 0-9 only; please type them again.",
        "part_confirm": "Party {i} typed {part}. Correct?",
        "seed_is": "Seed: {seed} ({digits} digits)",
        "short_confirm": "The seed has only {digits} digits; at least 20 are recommended. Use it anyway?",
        "short_refused": "The seed has fewer than 20 digits: roll more dice, or confirm with --accept-short-seed.",
        "count": "{count} selections satisfy every rule (Q1-Q5); this draw chooses among {bound} (weighted).",
        "reveal": "Press Enter to reveal the result",
        "drawn": "Drawn: {name} ({id}), {county}, {tags}, probability {odds}",
        "saved": "Draw record saved: {path}",
        "sheet": "Sign-off sheet (print and sign): {path}",
        "record_digest": "Record digest: {digest}",
        "record_fp": "Record fingerprint: {fp}",
        "missing": "{what} is missing: without a terminal (--no-input) give it with {flag}.",
        "none": "none",
        "recover_nothing": "{folder}: no interrupted write; nothing to do.",
        "recover_leftovers": "{folder}: a write stopped before it reached the ledger; removed the files it left ({files}).",
        "recover_completed": "{folder}: completed an interrupted write ({files}); its ledger lines and records are in place.",
        "recover_undone": "{folder}: undid an interrupted write ({files}).",
        "recover_cut": "  ledger.jsonl cut back from {size} to {size_before} bytes ({lines} line(s) removed).",
        "recover_uncut": "  ledger.jsonl was not changed.",
        "recover_ledger_only": "ledger lines only",
        "recover_next": "Next: crossdraw verify {folder}",
    },
}


def resolve_lang(option: str | None = None) -> str:
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


def say(lang: str, key: str, **values: object) -> str:
    return MESSAGES[lang if lang in MESSAGES else "zh"][key].format(**values)
