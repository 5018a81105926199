"""The bundled fictional enterprise list: reproducible, well-formed, and drawable for 2021."""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest

from crossdraw.domain import uscc
from crossdraw.domain.geography import Geography, bundled_geography
from crossdraw.domain.vocab import SECTORS, TAGS

ROOT = Path(__file__).resolve().parent.parent
CSV_PATH = ROOT / "data" / "enterprises.csv"
README_PATH = ROOT / "data" / "README.md"
SCRIPT_PATH = ROOT / "scripts" / "generate_sample_data.py"
HEADER = ["id", "name", "prefecture", "county", "sector", "tags", "provincial_direct"]
# Target prefectures of each group in the 2021 annex (data/groups.yaml).
TARGETS_2021 = {
    1: ("湘潭市", "娄底市"),
    2: ("衡阳市", "郴州市"),
    3: ("长沙市", "株洲市"),
    4: ("岳阳市", "益阳市"),
    5: ("常德市", "张家界市"),
    6: ("湘西土家族苗族自治州", "永州市"),
    7: ("邵阳市", "怀化市"),
}
NO_CEMENT = ("常德市", "张家界市")


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_sample_data", SCRIPT_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def geo() -> Geography:
    return bundled_geography()


def tags_of(row: dict[str, str]) -> list[str]:
    return [t for t in row["tags"].split(";") if t]


def is_smelter(row: dict[str, str]) -> bool:
    return "metal_smelting" in tags_of(row)


def is_direct(row: dict[str, str]) -> bool:
    return row["provincial_direct"] == "true"


def test_committed_csv_is_exactly_what_the_generator_writes(
    generator: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "enterprises.csv"
    assert generator.main(["--out", str(out)]) == 0
    capsys.readouterr()
    assert out.read_bytes() == CSV_PATH.read_bytes()


def test_readme_quotes_the_generators_current_summary(
    generator: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert generator.main(["--out", str(tmp_path / "enterprises.csv")]) == 0
    printed = capsys.readouterr().out.splitlines()[1:]  # after "wrote PATH"
    readme = README_PATH.read_text(encoding="utf-8").splitlines()
    missing = [line for line in printed if line and line not in readme]
    assert not missing


def test_csv_is_utf8_without_bom_with_lf_line_endings() -> None:
    data = CSV_PATH.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in data
    assert data.endswith(b"\n")
    data.decode("utf-8")


def test_header_is_the_documented_columns() -> None:
    with CSV_PATH.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == HEADER


def test_every_id_is_a_valid_uscc_registered_in_its_county(
    rows: list[dict[str, str]], geo: Geography
) -> None:
    for row in rows:
        assert uscc.problem(row["id"]) is None, row
        county = {c.name: c.code for c in geo.get(row["prefecture"]).counties}[row["county"]]
        assert uscc.division_code(row["id"]) == county, row


def test_ids_and_names_are_unique(rows: list[dict[str, str]]) -> None:
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["name"] for r in rows}) == len(rows)


def test_every_county_is_a_county_level_division_of_its_canonical_prefecture(
    rows: list[dict[str, str]], geo: Geography
) -> None:
    for row in rows:
        pref = geo.get(row["prefecture"])  # KeyError for a short or unknown name
        assert row["county"] in pref.county_names(), row  # never a statistics-only zone


def test_all_14_prefectures_are_present(rows: list[dict[str, str]], geo: Geography) -> None:
    assert len(geo.names()) == 14
    assert {r["prefecture"] for r in rows} == set(geo.names())


def test_total_is_between_3000_and_4000(rows: list[dict[str, str]]) -> None:
    assert 3000 <= len(rows) <= 4000


def test_sectors_and_tags_are_the_plans_canonical_vocabulary(
    rows: list[dict[str, str]],
) -> None:
    listable = set(TAGS) - {"building_materials"}  # that one is derived from sector 建材
    for row in rows:
        assert row["sector"] in SECTORS, row
        assert set(tags_of(row)) <= listable, row


def test_only_metallurgy_and_non_ferrous_firms_smelt_metal(rows: list[dict[str, str]]) -> None:
    assert all(r["sector"] in ("冶金", "有色") for r in rows if is_smelter(r))


def test_only_building_materials_firms_make_cement(rows: list[dict[str, str]]) -> None:
    assert all(r["sector"] == "建材" for r in rows if "cement" in tags_of(r))


def test_q5_changde_and_zhangjiajie_have_building_materials_but_no_cement(
    rows: list[dict[str, str]],
) -> None:
    for name in NO_CEMENT:
        mine = [r for r in rows if r["prefecture"] == name]
        assert not [r for r in mine if "cement" in tags_of(r)]
        assert any(r["sector"] == "建材" for r in mine)


def test_zhangjiajie_smelters_all_lie_in_one_county(rows: list[dict[str, str]]) -> None:
    smelters = [r for r in rows if r["prefecture"] == "张家界市" and is_smelter(r)]
    assert 1 <= len(smelters) <= 2
    assert len({r["county"] for r in smelters}) == 1


def test_q3_each_groups_targets_hold_a_smelter_not_under_direct_enforcement(
    rows: list[dict[str, str]],
) -> None:
    for group, targets in TARGETS_2021.items():
        eligible = [r for r in rows if r["prefecture"] in targets and not is_direct(r)]
        assert any(is_smelter(r) for r in eligible), group


def test_each_prefecture_has_two_smelters_one_of_them_eligible(
    rows: list[dict[str, str]], geo: Geography
) -> None:
    for name in geo.names():
        smelters = [r for r in rows if r["prefecture"] == name and is_smelter(r)]
        assert len(smelters) >= 2, name
        assert any(not is_direct(r) for r in smelters), name


def test_q2_each_prefecture_has_eligible_firms_in_two_counties(
    rows: list[dict[str, str]],
) -> None:
    counties: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if not is_direct(row):
            counties[row["prefecture"]].add(row["county"])
    assert all(len(c) >= 2 for c in counties.values())


def test_provincial_direct_is_true_or_false_and_marks_20_to_60_firms(
    rows: list[dict[str, str]],
) -> None:
    assert {r["provincial_direct"] for r in rows} == {"true", "false"}
    assert 20 <= sum(is_direct(r) for r in rows) <= 60
