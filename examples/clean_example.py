"""Clean the bundled sample article and show what was removed and why.

Run it from the repository root:  python examples/clean_example.py
"""

from pathlib import Path

from decruft import clean, clean_and_explain, default_pipeline

SAMPLE = Path(__file__).with_name("dirty_article.txt")


def main() -> None:
    """Print the clean article, then the explanation of every removal."""
    dirty = SAMPLE.read_text(encoding="utf-8")

    print("=== clean text ===")
    print(clean(dirty))

    result = clean_and_explain(dirty)
    print("\n=== title ===")
    print(result.title)
    print("\n=== what was removed, and why ===")
    print(result.report())

    # Keep the headline in the text by leaving the title rule out.
    print("\n=== without the title rule, the text starts with ===")
    print(clean(dirty, default_pipeline().without("title")).splitlines()[0])


if __name__ == "__main__":
    main()
