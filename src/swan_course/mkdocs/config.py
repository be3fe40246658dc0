"""The settings of the swan plugin (`plugins: - swan:` in mkdocs.yml), validated by MkDocs."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c


class WholeNumber(c.Type):
    """A whole number from a lowest to a highest value, with the author's words when it is not."""

    def __init__(self, lowest: int, highest: int, default: int, example: str):
        """Set the range and the example the message gives."""
        super().__init__(int, default=default)
        self.lowest, self.highest, self.example = lowest, highest, example

    def run_validation(self, value: object) -> int:
        """Refuse true/false and numbers out of range."""
        if isinstance(value, bool) or not isinstance(value, int) or not self.lowest <= value <= self.highest:
            raise base.ValidationError(f"must be {self.example}")
        return value


class EindtoetsConfig(base.Config):
    """The eindtoets: the pass mark and how many questions one attempt draws."""

    # Pass mark: the percentage of questions answered correctly.
    cesuur = WholeNumber(1, 100, 70, "a percentage between 1 and 100, such as 70")
    # Questions drawn from quizzes/eindtoets.yml per attempt (the exam mode).
    vragen = WholeNumber(1, 1000, 30, "a whole number of questions, such as 30")


class SwanConfig(base.Config):
    """Course settings; the course's content lives in docs/, quizzes/, casussen/ and the YAML files."""

    # Course version: shown in the footer, checked against CHANGELOG.md, written into the release.
    version = c.Optional(c.Type(str))
    eindtoets = c.SubConfig(EindtoetsConfig)
    # Own branding, checked against schemas/branding.schema.json (the schema names every mistake).
    branding = c.Type(dict, default={})
    # Learning records for the web release (content/xapi.py names every mistake); off without an endpoint.
    xapi = c.Type(dict, default={})
