"""Front matter is read as MkDocs reads YAML front matter, without MkDocs."""

import pytest
from mkdocs.utils.meta import get_data

from swan_course.content.frontmatter import split

PAGES = [
    "---\ntitle: Start\nstudietijd: 45\n---\n\n# Start\n\nTekst.\n",
    "---\nleerdoelen:\n  - id: a\n    tekst: Je kunt iets.\n...\nBody\n",
    "# No front matter\n\n---\n\nA rule.\n",
    "---\n- a list\n- is not front matter\n---\nBody\n",
    "---\ntitle: [unclosed\n---\nBody\n",
    "---  \ntitle: trailing spaces\n---\t\nBody\n",
    "",
]


@pytest.mark.parametrize("text", PAGES)
def test_split_gives_what_mkdocs_gives(text):
    assert split(text) == get_data(text)
