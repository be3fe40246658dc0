"""scripts/printables prints real PDFs into a built site; the build itself leaves placeholders there."""

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from helpers import FIXTURES, ROOT, build
from swan_course.release.printables import page_count
from swan_course.render.printables import PLACEHOLDER_TEXT

COMMAND = ROOT / "scripts" / "printables"
A4_LANDSCAPE = (841.92, 594.96)


@pytest.fixture(scope="module")
def printed_site(tmp_path_factory) -> tuple[Path, bytes, subprocess.CompletedProcess]:
    site = tmp_path_factory.mktemp("printed-site")
    result = build(FIXTURES / "trainers" / "mkdocs.yml", site)
    assert result.returncode == 0, result.stdout + result.stderr
    placeholder = (site / "voor-trainers" / "stellingen.pdf").read_bytes()
    printed = subprocess.run([str(COMMAND), str(site)], capture_output=True, text=True, check=False)
    return site, placeholder, printed


def _media_boxes(pdf: bytes) -> list[tuple[float, float]]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    return [(float(width), float(height)) for width, height in boxes]


def test_the_build_leaves_a_placeholder_pdf_that_says_what_it_is(printed_site):
    _, placeholder, _ = printed_site
    assert placeholder.startswith(b"%PDF-") and page_count(placeholder) == 1
    assert PLACEHOLDER_TEXT[0].encode("latin-1") in placeholder


def test_the_command_prints_one_landscape_a4_page_per_statement(printed_site):
    site, placeholder, printed = printed_site
    assert printed.returncode == 0, printed.stdout + printed.stderr
    assert "wrote voor-trainers/stellingen.pdf (3 pages)" in printed.stdout
    pdf = (site / "voor-trainers" / "stellingen.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and pdf != placeholder
    assert page_count(pdf) == 3
    assert _media_boxes(pdf) == [pytest.approx(A4_LANDSCAPE, abs=1)] * 3


def test_the_command_refuses_a_folder_that_is_not_a_built_site(tmp_path):
    result = subprocess.run([str(COMMAND), str(tmp_path)], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert f"printables: {tmp_path} is not a built site (there is no index.html); build it first" in result.stderr


def test_the_real_course_prints_every_statement(course_site, tmp_path):
    statements = yaml.safe_load((ROOT / "stellingen.yml").read_text(encoding="utf-8"))["stellingen"]
    html = (course_site / "voor-trainers" / "stellingen" / "index.html").read_text(encoding="utf-8")
    assert html.count('<section class="swan-stelling"') == len(statements)
    assert 'href="../stellingen.pdf"' in html
    assert page_count((course_site / "voor-trainers" / "stellingen.pdf").read_bytes()) == 1
