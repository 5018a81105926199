"""Loading the plan file: safe YAML, friendly key paths, geography and canonical names."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from crossdraw.domain.errors import InputError
from crossdraw.load.planfile import load_plan
from crossdraw.load.yamlfile import MAX_DEPTH

BUNDLED = Path(__file__).parents[1] / "data" / "groups.yaml"

FICTIONAL = """\
plan: {title: 某省交叉执法, year: 2030, deadline: 2030-06-20}
rules: {per_prefecture: 3, min_counties: 1}
prefectures:
  - {name: 甲山市, counties: [甲一区, 甲二县]}
  - {name: 乙水自治州, aliases: [乙水州, 乙州], counties: [乙一市, 乙二县]}
  - {name: 丙川市, counties: [丙一区]}
  - {name: 丁原市, counties: [丁一区, 丁二区]}
groups:
  - id: 1
    name: 第一组
    members: [甲山, 乙州]
    targets: [丙川市, 丁原]
    roster:
      officers:
        - {name: 张三, prefecture: 甲山, leader: true}
        - {name: 李四, prefecture: 乙水}
  - {id: 2, name: 第二组, members: [丙川, 丁原市], targets: [甲山市, 乙水自治州]}
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "groups.yaml"
    path.write_bytes(text.encode(encoding))
    return path


def errors(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(InputError) as exc:
        load_plan(write(tmp_path, text))
    return [str(p) for p in exc.value.problems]


def bundled_with(old: str, new: str) -> str:
    text = BUNDLED.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


def test_p2_bundled_2021_plan_loads_with_seven_groups_and_xiangxi_resolved() -> None:
    loaded = load_plan(BUNDLED)
    plan = loaded.plan
    assert len(plan.groups) == 7
    assert plan.group(4).members == ("永州市", "湘西土家族苗族自治州")
    assert plan.group(6).targets == ("湘西土家族苗族自治州", "永州市")
    assert plan.rules.per_prefecture == 2
    assert loaded.sha256 == hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    assert len(loaded.geography.prefectures) == 14


def test_plan_for_another_province_uses_its_own_prefectures_section(tmp_path: Path) -> None:
    loaded = load_plan(write(tmp_path, FICTIONAL))
    assert loaded.geography.names() == ("甲山市", "乙水自治州", "丙川市", "丁原市")
    assert loaded.geography.get("乙水自治州").county_names() == ("乙一市", "乙二县")
    first, second = loaded.plan.groups
    assert first.members == ("甲山市", "乙水自治州")
    assert first.targets == ("丙川市", "丁原市")
    assert second.members == ("丙川市", "丁原市")
    assert first.roster is not None
    assert [o.prefecture for o in first.roster.officers] == ["甲山市", "乙水自治州"]
    assert loaded.plan.rules.per_prefecture == 3


def test_plan_saved_in_gb18030_loads(tmp_path: Path) -> None:
    loaded = load_plan(write(tmp_path, FICTIONAL, encoding="gb18030"))
    assert loaded.plan.groups[0].name == "第一组"


def test_hunan_name_is_unknown_to_a_plan_with_its_own_prefectures(tmp_path: Path) -> None:
    found = errors(
        tmp_path, FICTIONAL.replace("targets: [丙川市, 丁原]", "targets: [丙川市, 长沙]")
    )
    assert found == [
        f"{tmp_path / 'groups.yaml'}, groups[0].targets[1] (line 12): unknown prefecture '长沙'; "
        "known (from the prefectures: section of groups.yaml): 甲山市, 乙水自治州, 丙川市, 丁原市"
    ]


def test_unknown_prefecture_in_bundled_geography_points_at_key_path_and_line(
    tmp_path: Path,
) -> None:
    (message,) = errors(
        tmp_path, bundled_with("targets: [衡阳市, 郴州市]", "targets: [衡阳市, 彬州]")
    )
    assert "groups[1].targets[1] (line 26): unknown prefecture '彬州'" in message
    assert "for another province give the plan a prefectures: section" in message


def test_roster_officer_prefecture_must_resolve(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, FICTIONAL.replace("prefecture: 乙水}", "prefecture: 戊}"))
    assert "groups[0].roster.officers[1].prefecture (line 16): unknown prefecture '戊'" in message


def test_duplicate_group_ids_are_reported(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, bundled_with("{id: 7,", "{id: 6,"))
    assert "groups[6].id (line 31): group id 6 is also used by groups[5]" in message


def test_pydantic_errors_become_key_paths_with_friendly_words(tmp_path: Path) -> None:
    text = bundled_with("per_prefecture: 2", "per_prefecture: two")
    text = text.replace("{id: 1, name: 第一组,", "{id: 1, leader: 卢斌荣, name: 第一组,")
    found = errors(tmp_path, text)
    assert found == [
        f"{tmp_path / 'groups.yaml'}, rules.per_prefecture (line 14): "
        "must be a whole number, not 'two'",
        f"{tmp_path / 'groups.yaml'}, groups[0].leader (line 25): unknown key 'leader': "
        "extra keys are forbidden (a typo?); allowed here: id, name, members, targets, guide, "
        "roster",
    ]


def test_missing_key_and_wrong_shapes_are_named(tmp_path: Path) -> None:
    text = FICTIONAL.replace("name: 第二组, ", "").replace("year: 2030", "year: [2030]")
    text = text.replace("members: [丙川, 丁原市]", "members: 丙川")
    found = errors(tmp_path, text)
    assert any("plan.year (line 1): must be a whole number, not [2030]" in f for f in found)
    assert any(
        "groups[1].name (line 17): required key 'name' is missing; add it" in f for f in found
    )
    assert any("groups[1].members (line 17): must be a list like [a, b]" in f for f in found)


def test_text_fields_given_as_numbers_ask_for_quotes(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, FICTIONAL.replace("title: 某省交叉执法", "title: 2030"))
    assert message.endswith("plan.title (line 1): must be text, not 2030; put it in quotes")


def test_unknown_category_in_requirements_keeps_the_model_message(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, bundled_with("any_of: [metal_smelting]", "any_of: [金属]"))
    assert "rules.requirements[0].any_of (line 17): unknown category 金属; known:" in message


def test_impossible_date_names_its_line(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, bundled_with("deadline: 2021-06-20", "deadline: 2021-02-30"))
    assert "line 6, column 13: '2021-02-30' is not a real date" in message


def test_unsafe_yaml_tag_is_refused_with_its_line(tmp_path: Path) -> None:
    found = errors(tmp_path, "plan:\n  title: !!python/object/apply:os.system ['echo pwned']\n")
    assert found == [
        f"{tmp_path / 'groups.yaml'}, line 2: unsafe or unknown YAML tag "
        "!!python/object/apply:os.system; crossdraw reads plain YAML only: remove the tag"
    ]


def test_alias_bomb_is_refused_before_expansion(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    (message,) = errors(tmp_path, "\n".join(lines) + "\n")
    assert "expand to more than 100000 values" in message
    assert "alias bomb" in message


def test_small_anchors_and_aliases_are_fine(tmp_path: Path) -> None:
    text = bundled_with(
        "guide: {name: 卢斌荣, title: 工贸处副处长}}",
        "guide: &lu {name: 卢斌荣, title: 工贸处副处长}}",
    ).replace("guide: {name: 卢斌荣, title: 工贸处副处长}}", "guide: *lu}")
    loaded = load_plan(write(tmp_path, text))
    assert loaded.plan.group(2).guide == loaded.plan.group(1).guide


def test_nesting_beyond_the_limit_is_refused(tmp_path: Path) -> None:
    depth = MAX_DEPTH + 5
    (message,) = errors(tmp_path, "a: " + "[" * depth + "]" * depth + "\n")
    assert f"nested more than {MAX_DEPTH} levels deep" in message


def test_nesting_that_overflows_the_parser_is_refused(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, "a: " + "[" * 20000 + "]" * 20000 + "\n")
    assert "nested too deeply" in message


def test_alias_inside_its_own_anchor_is_refused(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, "a: &x [1, *x]\n")
    assert "its own &name" in message


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, "- 长沙市\n- 岳阳市\n")
    assert message.endswith(
        "must be a mapping with the keys plan:, rules:, groups: "
        "(and optionally prefectures:), not a list"
    )


def test_yaml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, "plan:\n  title: x\n year: 2021\n")
    assert "groups.yaml, line 3, column 2: is not valid YAML:" in message


def test_tab_indentation_gets_a_hint(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, "plan:\n\ttitle: x\n")
    assert "indent YAML with spaces, not tabs" in message


def test_unclosed_quote_says_where_it_began(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, 'plan:\n  title: "abc\n  year: 2021\n')
    assert "that began on line 2" in message


def test_duplicate_key_is_an_error_not_silence(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, bundled_with("rules:\n", "groups: []\nrules:\n"))
    assert "groups (line 25): key 'groups' appears twice in one mapping (first on line 11)" in (
        message
    )


def test_prefectures_section_names_and_counties_must_be_unique(tmp_path: Path) -> None:
    text = FICTIONAL.replace("aliases: [乙水州, 乙州]", "aliases: [乙水州, 甲山市]").replace(
        "counties: [丙一区]", "counties: [丙一区, 丙一区]"
    )
    found = errors(tmp_path, text)
    assert any(
        "prefectures[1].aliases[1] (line 5): 甲山市 already names 甲山市" in f for f in found
    )
    assert any(
        "prefectures[2].counties[1] (line 6): county 丙一区 is listed twice" in f for f in found
    )


def test_prefecture_needs_at_least_one_county(tmp_path: Path) -> None:
    (message,) = errors(tmp_path, FICTIONAL.replace("counties: [丙一区]", "counties: []"))
    assert "prefectures[2].counties (line 6): needs at least 1 item(s)" in message


def test_missing_plan_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError) as exc:
        load_plan(tmp_path / "missing.yaml")
    assert "missing.yaml: cannot be read" in str(exc.value)
