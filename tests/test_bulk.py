"""The bulk reader of clean CSV lists (E1, E2) gives exactly the row checker's answers.

Every list is read twice: as `load_enterprises` reads it (bulk first) and by the row
checker alone. Both must return the same enterprises in the same order and the same
warnings, or both refuse the list with the same problems. Blocks are made tiny so
that block boundaries fall everywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crossdraw.domain import uscc
from crossdraw.domain.errors import InputError
from crossdraw.domain.geography import bundled_geography
from crossdraw.load import bulk
from crossdraw.load.cells import Lookups
from crossdraw.load.enterprises import ALIASES, OPTIONAL, REQUIRED, EnterpriseList, load_enterprises
from crossdraw.load.table import open_table

GEO = bundled_geography()
DATA = Path(__file__).resolve().parent.parent / "data" / "enterprises.csv"


def code(division: str, serial: int, *, valid: bool = True) -> str:
    body = f"91{division}{serial:09d}"
    check = uscc.check_character(body)
    if not valid:
        check = uscc.ALPHABET[(uscc.ALPHABET.index(check) + 1) % 31]
    return body + check


def by_rows(path: Path, *, strict: bool = False) -> EnterpriseList:
    """The row checker alone (the bulk reader needs the CSV text; it is withheld)."""
    from crossdraw.load import enterprises

    table = open_table(path, known=enterprises.KNOWN_HEADERS)
    table.text = None
    return enterprises._check(table, GEO, strict)


def outcome(read: object) -> tuple[object, ...]:
    try:
        listing = read()  # type: ignore[operator]
    except InputError as exc:
        return ("refused", tuple(str(p) for p in exc.problems))
    return ("read", listing.enterprises, tuple(str(w) for w in listing.warnings))


def same(path: Path, *, strict: bool = False) -> tuple[object, ...]:
    both = outcome(lambda: load_enterprises(path, GEO, strict=strict))
    assert both == outcome(lambda: by_rows(path, strict=strict))
    return both


@pytest.fixture(autouse=True)
def tiny_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "BLOCK", 3)
    monkeypatch.setattr(bulk, "BLOCK_CHARS", 40)


def test_E1_bundled_list_is_read_in_bulk_with_the_row_checkers_answers() -> None:
    listing = load_enterprises(DATA, GEO)
    assert isinstance(listing.rows, bulk.ColumnRows)
    assert same(DATA)[0] == "read"


def test_E1_in_prefecture_is_the_file_order_subset() -> None:
    listing = load_enterprises(DATA, GEO)
    for pref in GEO.names():
        assert listing.in_prefecture(pref) == tuple(
            e for e in listing.enterprises if e.prefecture == pref
        )
    assert listing.in_prefecture("湘潭市") is listing.in_prefecture("湘潭市")  # built once


HEADER = "id,name,prefecture,county,sector,tags,provincial_direct,last_inspected,risk_grade\n"


def test_E1_clean_list_with_spaces_aliases_and_optional_columns(tmp_path: Path) -> None:
    rows = [
        f" {code('430302', 1)} , 甲厂 ,湘潭, 雨湖区 ,冶金, metal_smelting ; 金属冶炼 ,是,2021-03-02,较大",
        f"{code('430302', 2)},乙厂,湘潭市,雨湖区,建材,,否,,",
        f"{code('431302', 3)},丙厂,娄底,娄星区,建材,水泥、粉尘涉爆,,2021/3/2,一般",
        f"{code('430321', 4)},丁厂,湘潭市,湘潭县,机械,confined_space,no, ,",
        f"{code('430100', 5)},戊厂,湘潭市,湘潭县,轻工,,0,,",  # registered in 长沙市
        f"{code('430300', 6)},己厂,湘潭市,湘潭县,轻工,,0,,",  # registered at prefecture level
    ]
    path = tmp_path / "list.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    assert isinstance(load_enterprises(path, GEO).rows, bulk.ColumnRows)
    result = same(path)
    assert result[0] == "read"
    assert any("430100" in w for w in result[2])  # E1: registered in another division


def test_E1_invalid_check_characters_are_warnings_in_row_order(tmp_path: Path) -> None:
    rows = [
        f"{code('430302', n, valid=n % 3 != 0)},厂{n},湘潭市,雨湖区,机械,,否,,"
        for n in range(1, 11)
    ]
    rows.insert(0, f"{code('431302', 99)},他处厂,湘潭市,雨湖区,机械,,否,,")  # then an invalid id
    rows.insert(1, f"{code('430302', 98, valid=False)},错码厂,湘潭市,雨湖区,机械,,否,,")
    lettered = "91430302MA4L0001X"
    rows.append(
        f"{(lettered + uscc.check_character(lettered)).lower()},小写厂,湘潭市,雨湖区,机械,,否,,"
    )
    path = tmp_path / "list.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    result = same(path)
    assert result[0] == "read"
    assert len(result[2]) == 6
    assert "registered in division 431302" in result[2][0]  # row order, block by block
    assert "not a valid USCC" in result[2][1]
    assert isinstance(load_enterprises(path, GEO).rows, bulk.ColumnRows)  # warnings, not errors
    assert same(path, strict=True)[0] == "refused"  # E1 --strict: an error, the row checker's


@pytest.mark.parametrize(
    "change",
    [
        lambda t: t.replace("雨湖区", "娄星区", 1),  # county of another prefecture
        lambda t: t.replace("机械", "化工", 1),  # unknown sector
        lambda t: t.replace(",否,", ",也许,", 1),  # not yes or no
        lambda t: t.replace(",否,", ',"否\n",', 1),  # a record over two lines
        lambda t: t.replace("2021-03-02", "2021-13-02", 1),  # not a date
        lambda t: t + "\n\n",  # blank lines at the end
        lambda t: t + ",,,,,,,,\n",  # an all-blank row
        lambda t: t.replace(",否,,", ",否,,,", 1),  # a stray cell
        lambda t: t + t.splitlines()[1] + "\n",  # duplicate id
        lambda t: t.replace("湘潭市", "", 1),  # empty required cell
        lambda t: t.replace("厂3", '"厂"3', 1),  # text after a closing quote
        lambda t: t.replace("\n", "\r\n"),  # Windows line ends
        lambda t: t.replace("\n", "\r"),  # old Mac line ends
        lambda t: "\n\n" + t,  # blank lines above the header
        lambda t: "甲市企业名单,,,,,,,,\n制表：甲局\n" + t,  # title rows above the header
        lambda t: '"名单\n（2021）",,\n' + t,  # a title over two lines
        lambda t: t.replace(HEADER, HEADER.rstrip("\n") + ",\n"),  # an empty header cell
        lambda t: t.replace("机械,,否", "机械,有毒,否", 1),  # unknown tag
    ],
)
def test_E1_E2_every_deviation_gets_the_row_checkers_answer(
    tmp_path: Path, change: Callable[[str], str]
) -> None:
    rows = [f"{code('430302', n)},厂{n},湘潭市,雨湖区,机械,,否,2021-03-02," for n in range(1, 8)]
    path = tmp_path / "list.csv"
    path.write_text(change(HEADER + "\n".join(rows) + "\n"), encoding="utf-8")
    same(path)


CELLS = {
    "prefecture": ["湘潭市", "湘潭", " 娄底市", "娄底", "长沙市", "", "火星市"],
    "county": ["雨湖区", "湘潭县", "娄星区", "雨花区", "双牌县", "", "雨湖区 "],
    "sector": ["机械", "建材", "冶金", " 有色", "", "化工"],
    "tags": [
        "",
        "metal_smelting",
        "水泥;粉尘涉爆",
        "cement，dust_explosion",
        "bogus",
        " 涉氨制冷 ",
    ],
    "provincial_direct": ["", "否", "是", "yes", "0", "maybe"],
    "last_inspected": ["", "2021-03-02", "2021/3/2", "soon"],
    "risk_grade": ["", "较大", " 一般 ", "高\x1b[2J"],
}
DIVISIONS = ["430302", "430321", "431302", "430111", "431121", "430300", "439999"]


@st.composite
def lists(draw: st.DrawFn) -> str:
    optional = draw(st.lists(st.sampled_from(OPTIONAL), unique=True))
    columns = [*REQUIRED, *optional]
    order = draw(st.permutations(columns))
    chinese = draw(st.booleans())
    labels = {v: k for k, v in ALIASES.items() if k.isascii() is False}
    header = ",".join(labels.get(c, c) if chinese else c for c in order)
    n = draw(st.integers(min_value=0, max_value=9))
    lines = [header]
    for i in range(n):
        cells = {
            "id": code(
                draw(st.sampled_from(DIVISIONS)),
                draw(st.integers(0, 5)),
                valid=draw(st.booleans()) or i % 2 == 0,
            ),
            "name": draw(
                st.sampled_from(["甲厂", " 乙厂", "丙, 厂", "", "丁\u200d厂", "戊\u3000厂"])
            ),
            **{c: draw(st.sampled_from(v)) for c, v in CELLS.items()},
        }
        lines.append(",".join(f'"{cells[c]}"' if "," in cells[c] else cells[c] for c in order))
    return "\n".join(lines) + draw(st.sampled_from(["\n", "", "\r\n", "\n\n"]))


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=lists(), strict=st.booleans())
def test_E1_E2_random_lists_bulk_equals_row_checker(
    tmp_path: Path, text: str, strict: bool
) -> None:
    path = tmp_path / "random.csv"
    path.write_text(text, encoding="utf-8")
    same(path, strict=strict)


def test_E1_bulk_gives_up_without_text(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text(HEADER + f"{code('430302', 1)},甲,湘潭市,雨湖区,机械,,否,,\n", encoding="utf-8")
    from crossdraw.load import enterprises

    table = open_table(path, known=enterprises.KNOWN_HEADERS)
    table.text = None
    columns = table.columns(ALIASES, REQUIRED, OPTIONAL)
    assert bulk.read_clean(table, columns, Lookups(GEO), strict=False) is None
