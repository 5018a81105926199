"""The Excel yardstick: python-calamine reading a workbook's first sheet into rows, nothing else."""

import sys

from python_calamine import CalamineWorkbook

book = CalamineWorkbook.from_path(sys.argv[1])
rows = list(book.get_sheet_by_index(0).iter_rows())
