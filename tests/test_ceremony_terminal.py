"""Q6 and issue 11 in a real terminal (a pseudo-terminal driven by pexpect): hidden dice
digits are never echoed, their hashes are logged before any part is shown, Chinese throughout."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pytest

from tests.conftest import Project

pexpect = pytest.importorskip("pexpect")

CROSSDRAW = Path(sys.executable).with_name("crossdraw")
A, B = "38201749561023847561", "90417265530918273645"


def test_q6_hidden_parts_in_a_real_terminal_are_never_echoed(project: Project) -> None:
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "TERM": "xterm", "LANG": "C.UTF-8"}
    env.pop("CROSSDRAW_LANG", None)
    args = [
        *("ceremony", "--group", "1", "--prefecture", "丙市"),
        *("--witness", "张三", "--drawer", "李四", "--bureau-rep", "王五", "--place", "丙市局"),
        *("--leader", "赵组长", "--guide", "王五"),
        *project.args(),
        *("--out", str(project.out)),
    ]
    # no timeout: every prompt comes (a hang is a failure the runner's own limit shows)
    child = pexpect.spawn(str(CROSSDRAW), args, env=env, encoding="utf-8", timeout=None)
    seen = io.StringIO()
    child.logfile_read = seen
    child.expect("信标")
    child.sendline("否")
    child.expect("参与产生种子的方数")
    child.sendline("二")
    child.expect("隐藏输入")
    child.sendline("是")
    for party, digits in (("甲方", A), ("乙方", B)):
        child.expect("掷骰人姓名")
        child.sendline(party)
        child.expect("不显示")
        child.sendline(digits)
        child.expect("再输入一次")
        child.sendline(digits)
        child.expect("暂不公布")
    child.expect("按回车键揭晓")
    child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    said = re.sub(r"\x1b\[[0-9;]*m", "", seen.getvalue())  # Rich's highlighting
    assert child.exitstatus == 0, said
    committed = said.index("2 个种子部分的承诺已记入账本第 2 行（公布任何部分之前）。")
    assert A not in said[:committed] and B not in said[:committed]  # never echoed
    assert (
        said.index("公布第1方（甲方）：3820 1749 5610 2384 7561（20 位数字），与承诺一致")
        > committed
    )
    assert "种子已记入账本第 3 行（计算结果之前）。" in said
    assert "Error" not in said and "Traceback" not in said
    lines = [json.loads(x) for x in (project.out / "ledger.jsonl").read_text("utf-8").splitlines()]
    assert [x["type"] for x in lines] == ["commitment", "seed-commit", "seed", "draw"]
    assert [p["party"] for p in lines[1]["parts"]] == ["甲方", "乙方"]
    assert A not in json.dumps(lines[1])
