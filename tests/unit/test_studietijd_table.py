"""The studietijd table comes from module front matter, with links and a total."""

from helpers import unmarked
from swan_course.content.modules import Module, Page
from swan_course.render.pages import STUDIETIJD_MARKER, replace_marker, studietijd_table


def _module(module_id, minutes, title):
    meta = {"title": title, "description": "Waar | het over gaat.", "studietijd": minutes}
    return Module(module_id, Page(f"{module_id}/index.md", meta, ""))


def test_table_lists_modules_in_order_with_links_relative_to_the_page_and_a_total():
    modules = [_module("intro", 15, "Welkom"), _module("niveaus", 60, "Drie niveaus"),
               Module("zonder", Page("zonder/index.md", {"leerdoelen": []}, ""))]
    table = unmarked(studietijd_table(modules, "intro/zo-werkt-het.md")).split("\n")
    assert table[2] == "| [Welkom](index.md) | Waar \\| het over gaat. | ongeveer 15 minuten |"
    assert table[3].startswith("| [Drie niveaus](../niveaus/index.md) |")
    assert table[-1] == "| **Totaal** | | **ongeveer 75 minuten (1 uur en 15 minuten)** |"
    assert len(table) == 5


def test_marker_is_replaced_only_on_its_own_line_outside_code():
    page = f"Tekst\n\n{STUDIETIJD_MARKER}\n\n```\n{STUDIETIJD_MARKER}\n```\n\nZie `{STUDIETIJD_MARKER}`.\n"
    result = replace_marker(page, STUDIETIJD_MARKER, "TABEL")
    assert result == f"Tekst\n\nTABEL\n\n```\n{STUDIETIJD_MARKER}\n```\n\nZie `{STUDIETIJD_MARKER}`.\n"
