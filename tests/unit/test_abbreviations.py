"""Tooltips: a page defines only the begrippen it uses, each in its own block."""

from swan_course.render.pages import abbreviations

GLOSSARY = [{"term": "Wmo", "uitleg": "Wet maatschappelijke ondersteuning."},
            {"term": "FACT", "uitleg": "Flexible Assertive Community Treatment."}]


def test_only_terms_in_the_page_are_defined_one_block_each():
    assert abbreviations(GLOSSARY, "De Wmo regelt ondersteuning.") == "*[Wmo]: Wet maatschappelijke ondersteuning."
    both = abbreviations(GLOSSARY, "Een FACT-team en de Wmo.")
    assert both.split("\n\n") == ["*[Wmo]: Wet maatschappelijke ondersteuning.",
                                   "*[FACT]: Flexible Assertive Community Treatment."]
    assert abbreviations(GLOSSARY, "Geen begrippen hier.") == ""
