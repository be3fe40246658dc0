"""The folders are the layers: only the MkDocs adapter imports MkDocs or Material, and nothing private of another package is used."""

import ast
import re

from helpers import ROOT

SOURCE = ROOT / "src" / "swan_course"
PRIVATE = re.compile(r"\b(MkDocsQuizPlugin|TranslationManager|mkdocs_quiz(\.[a-z_]+)*|material(\.[a-z_]+)*"
                     r"|mkdocs(\.[a-z_]+)*)\._[a-zA-Z]")


def _imports(path) -> set[str]:
    """The top-level packages a module imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    names |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
              and not node.level}
    return {name.split(".")[0] for name in names}


def test_only_the_adapter_imports_mkdocs_or_material():
    outside = {path.relative_to(SOURCE).as_posix(): _imports(path) & {"mkdocs", "material"}
               for path in SOURCE.rglob("*.py") if path.parent.name != "mkdocs"}
    assert {name: found for name, found in outside.items() if found} == {}


def test_content_and_render_import_no_site_generator_or_plugin():
    for layer in ("content", "render"):
        for path in (SOURCE / layer).rglob("*.py"):
            assert not _imports(path) & {"mkdocs", "material", "mkdocs_quiz"}, path


def test_no_private_name_of_mkdocs_material_or_mkdocs_quiz_is_used():
    found = [f"{path.relative_to(ROOT)}: {match[0]}" for path in SOURCE.rglob("*.py")
             for match in PRIVATE.finditer(path.read_text(encoding="utf-8"))]
    assert found == []
