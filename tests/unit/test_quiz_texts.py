"""The quiz interface texts come from a .po file in mkdocs-quiz's format, read with polib."""

from helpers import ROOT
from swan_course.content.quiz_texts import read_po


def test_the_course_translation_gives_dutch_texts_for_mkdocs_quiz_messages():
    texts = read_po(ROOT / "locales" / "nl" / "mkdocs_quiz.po")
    assert texts["Submit"] == "Controleer" and texts["Answer"] == "Antwoord"
    assert "" not in texts


def test_untranslated_messages_are_left_out_and_a_missing_file_gives_none(tmp_path):
    po = tmp_path / "x.po"
    po.write_text('msgid "Submit"\nmsgstr ""\n\nmsgid "Reset"\nmsgstr "Opnieuw"\n', encoding="utf-8")
    assert read_po(po) == {"Reset": "Opnieuw"}
    assert read_po(tmp_path / "none.po") == {}
