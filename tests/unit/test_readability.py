"""Readability counts only course prose, on a text whose counts are known."""

from swan_course.content.readability import LONG, prose_blocks, sentences, stats

KNOWN = '''---
title: Een pagina met een heel lange titel die niet meetelt
studietijd: 10
---

# Een kop telt niet mee

Dit is de eerste zin. Is dit de tweede zin? Ja!

<!-- quiz: bank/vraag -->
<!-- een opmerking
over twee regels -->

- een lijstje zonder punt
- [een link](https://example.org/heel/lang/pad "titel") telt als tekst

| tabel | telt | niet |
|---|---|---|
| a | b | c |

```python
code = "telt ook niet. Echt niet."
```

!!! note "Titel van een blok"

    Tekst in een blok telt wel, bijv. deze zin met z.j. erin.

*[SWAN]: Sociaal Werk op Alle Niveaus.

## Bronnen

- Movisie (2020). *Een bron telt niet mee als zin*. movisie.nl/artikel
'''


def test_only_course_prose_is_kept():
    assert prose_blocks(KNOWN) == [
        "Dit is de eerste zin. Is dit de tweede zin? Ja!",
        "een lijstje zonder punt",
        "een link telt als tekst",
        "Tekst in een blok telt wel, bijv. deze zin met z.j. erin.",
    ]


def test_sentences_end_at_full_stops_and_at_block_ends_not_at_abbreviations():
    assert sentences(KNOWN) == [
        "Dit is de eerste zin.", "Is dit de tweede zin?", "Ja!",
        "een lijstje zonder punt", "een link telt als tekst",
        "Tekst in een blok telt wel, bijv. deze zin met z.j. erin.",
    ]


def test_words_sentences_and_long_sentences_are_counted():
    result = stats(KNOWN)
    # 5 + 5 + 1 + 4 + 5 + 12 words in 6 sentences ('z.j.' and 'bijv.' are one word each)
    assert (result.words, result.sentences, result.long_sentences) == (32, 6, 0)
    assert round(result.average, 2) == 5.33


def test_a_sentence_over_the_limit_counts_as_long():
    long_sentence = " ".join(["Woord"] * (LONG + 1)) + "."
    result = stats(f"Kort. {long_sentence}\n")
    assert (result.sentences, result.long_sentences) == (2, 1)
    assert result.long_share == 0.5
