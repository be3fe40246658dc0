"""The placeholder PDFs the build adds where a printed PDF will come, and the page count check."""

import pytest

from swan_course.release.printables import page_count
from swan_course.render.printables import PRINTABLES, placeholders, simple_pdf


def test_a_simple_pdf_is_a_valid_one_page_pdf():
    pdf = simple_pdf(["Eerste regel (met haakjes)", "Tweede regel \\ schuin"])
    assert pdf.startswith(b"%PDF-1.4\n") and pdf.rstrip().endswith(b"%%EOF")
    assert page_count(pdf) == 1
    assert b"(Eerste regel \\(met haakjes\\)) '" in pdf


def test_the_cross_reference_table_points_at_each_object():
    pdf = simple_pdf(["Tekst"])
    start = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[start:].startswith(b"xref\n0 6\n")
    offsets = [int(line[:10]) for line in pdf[start:].split(b"\n")[3:8]]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(b"%d 0 obj\n" % number)


def test_placeholders_come_only_for_pages_that_are_in_the_site():
    first = PRINTABLES[0]
    assert set(placeholders({first.page, "index/"})) == {first.pdf}
    assert placeholders({"index/"}) == {}


def test_page_count_refuses_what_is_not_a_pdf():
    with pytest.raises(ValueError, match="not a PDF"):
        page_count(b"<html></html>")
