"""Editors' tools: content report, scaffold, QTI export and the studietijd table, on the fixture course."""

import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

import pytest

from helpers import FIXTURES, ROOT, build, copy_course
from swan_course.content import report
from swan_course.content.course import load_course
from swan_course.tools.qti import export, item_id
from swan_course.tools.scaffold import ScaffoldError, create

QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"


def test_report_counts_the_fixture_course():
    data = report.build(load_course(FIXTURES / "course"))
    [row] = data.modules
    assert (row.id, row.words, row.studietijd, row.questions, row.covered) == ("module", 6, 20, 3, 1)
    assert row.leerdoelen == [("fx-niveaus", "Je kunt de drie niveaus noemen.", 3)]
    assert data.casussen == 1 and data.total_questions == 3 and data.unassigned_questions == 0
    assert data.tags["levels"] == [("individu", "Individu, gezin en huishouden", 1),
                                   ("groep", "Groep, buurt en gemeenschap", 1),
                                   ("maatschappij", "Maatschappelijk niveau", 0)]
    assert dict((v, n) for v, _, n in data.tags["conditions"]) == {
        "sociaaleconomische-zekerheid": 0, "sociale-inclusie": 0, "sociale-cohesie": 1, "sociale-empowerment": 0}
    assert ("beslissende-professional", "De beslissende professional", 1) in data.tags["models"]


def test_report_command_prints_modules_and_tag_labels():
    result = subprocess.run([sys.executable, "-m", "swan_course.tools.report", str(FIXTURES / "course")],
                            capture_output=True, text=True, check=True)
    assert "module                      6      20         3                1/1" in result.stdout
    assert "Maatschappelijk niveau                       0" in result.stdout
    assert "fixture-bank                 3        0/2 = 0 %    33 %     0 %       67 %           -" in result.stdout
    assert "casus decision points: best option strictly longest in 0/2 = 0 %" in result.stdout


def test_a_term_to_avoid_fails_the_build_with_file_and_line(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    (course / "termen.yml").write_text(
        "termen:\n  - voorkeur: buurtgroep\n    vermijd: [wijkclub]\n    waarom: Zo heet het in de cursus.\n",
        encoding="utf-8")
    page = course / "docs" / "module" / "index.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nDe wijkclub komt samen.\n", encoding="utf-8")
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 1
    line = page.read_text(encoding="utf-8").count("\n")
    assert (f"docs/module/index.md: line {line}: write 'buurtgroep' instead of 'wijkclub' (see termen.yml)"
            in result.stdout + result.stderr)


def test_scaffold_refuses_bad_ids_and_overwriting(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    with pytest.raises(ScaffoldError, match="not a valid id"):
        create(course, "casus", "Nieuwe_Casus")
    with pytest.raises(ScaffoldError, match="already exists"):
        create(course, "casus", "fixture-casus")
    before = (course / "quizzes" / "fixture-bank.yml").read_bytes()
    with pytest.raises(ScaffoldError, match="already exists"):
        create(course, "quizbank", "fixture-bank")
    assert (course / "quizzes" / "fixture-bank.yml").read_bytes() == before
    result = subprocess.run([sys.executable, "-m", "swan_course.tools.scaffold", "quizbank", "x--y", "--root", str(course)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1 and "'x--y' is not a valid id" in result.stderr


def test_scaffolded_casus_and_bank_build_with_strict(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    create(course, "casus", "nieuwe-casus")
    create(course, "quizbank", "nieuwe-bank", page="docs/module/index.md", leerdoel="fx-niveaus")
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "casussen" / "nieuwe-casus" / "index.html").exists()
    page = (tmp_path / "site" / "module" / "index.html").read_text(encoding="utf-8")
    assert page.count('data-question="nieuwe-bank/') == 3


def test_scaffolded_bank_not_on_a_page_fails_the_build(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    create(course, "quizbank", "los", leerdoel="fx-niveaus")
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode != 0
    assert "quizzes/los.yml: questions[0]: question 'een-antwoord' is embedded on no page" in result.stdout + result.stderr


def test_report_page_and_studietijd_table_are_generated(tmp_path):
    course = copy_course(FIXTURES / "course", tmp_path / "course")
    result = build(course / "mkdocs.yml", tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "site" / "redactie" / "inhoudsrapport" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../module/">Fixture module</a>' in html and "1 van 1" in html
    start = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="module/">Fixture module</a>' in start
    assert "ongeveer 20 minuten (20 minuten)" in start


def test_qti_export_is_well_formed_and_has_every_question_with_its_answers(tmp_path):
    course = load_course(ROOT)
    paths = export(course.banks, tmp_path / "qti")
    assert sorted(path.stem for path in paths) == sorted(course.banks)
    for path in paths:
        bank = course.banks[path.stem]
        with zipfile.ZipFile(path) as package:
            documents = {name: ET.fromstring(package.read(name)) for name in package.namelist()}
        manifest = documents["imsmanifest.xml"]
        hrefs = {element.get("href") for element in manifest.iter() if element.tag.endswith("resource")}
        assert hrefs == {"assessment.xml", *(f"items/{item_id(path.stem, q['id'])}.xml" for q in bank["questions"])}
        for question in bank["questions"]:
            item = documents[f"items/{item_id(path.stem, question['id'])}.xml"]
            correct = sorted(value.text for value in item.iter(f"{QTI}value")
                             if value in list(item.iter(f"{QTI}correctResponse"))[0])
            if question["type"] == "fill-in":
                assert correct == [question["answer"]]
            else:
                expected = sorted(f"optie-{n}" for n, o in enumerate(question["options"], 1) if o.get("correct"))
                assert correct == expected, question["id"]
                choices = list(item.iter(f"{QTI}simpleChoice"))
                assert len(choices) == len(question["options"])
