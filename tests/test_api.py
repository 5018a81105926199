"""The library API of README's "Python API" section: `import crossdraw` is enough."""

from __future__ import annotations

from pathlib import Path

import crossdraw
from tests.conftest import Project


def test_readme_python_example_draws_verifies_and_judges(project: Project) -> None:
    plan = crossdraw.load_plan(project.groups)
    assert [g.id for g in plan.plan.groups] == [1, 2]
    outcome = crossdraw.draw_target(
        project.groups,
        project.enterprises,
        group=1,
        prefecture="丙市",
        seed="38201749561023847561",
        out=project.out,
        witness="张三",
    )
    (drawn,) = outcome.planned
    assert drawn.record.target == "丙市" and len(drawn.selected) == 2
    report = crossdraw.verify_folder(
        project.out, enterprises=project.enterprises, groups=project.groups
    )
    assert report.ok
    assert [d.path for d in crossdraw.read_folder(project.out).standing] == [drawn.path]
    second = crossdraw.draw_target(
        project.groups,
        project.enterprises,
        group=1,
        prefecture="丁市",
        seed="90417265530918273645",
        out=project.out,
    )
    records = [drawn.path, second.planned[0].path]
    assert crossdraw.judge_list(project.groups, project.enterprises, records).valid


def test_api_names_are_documented_and_loaded_lazily() -> None:
    from crossdraw.services import api

    assert set(crossdraw.__all__) == {"__version__", *api.__all__}
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    for name in ("draw_target", "verify_folder", "judge_list", "load_plan"):
        assert f"crossdraw.{name}(" in readme
