"""scripts/readability: per module the words per sentence and the share of long sentences.

The counting is content/readability.py; this prints it as a table.
"""

from __future__ import annotations

from ..content.readability import LONG, module_stats


def report(modules) -> str:
    """Return a table: per module the words, sentences, average and share of long sentences."""
    lines = [f"{'module':<22} {'words':>6} {'sentences':>9} {'avg':>5} {f'>{LONG}':>6}"]
    for module in modules:
        s = module_stats(module)
        lines.append(f"{module.id:<22} {s.words:>6} {s.sentences:>9} {s.average:>5.1f} {s.long_share:>6.1%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """scripts/readability [course root]: print the table for the modules of a course."""
    import sys
    from pathlib import Path

    from ..content.modules import load_modules

    args = sys.argv[1:] if argv is None else argv
    docs = Path(args[0] if args else ".").resolve() / "docs"
    print(report(load_modules(docs)))
    print(f"avg: words per sentence (target: at most 15); >{LONG}: share of sentences over {LONG} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
