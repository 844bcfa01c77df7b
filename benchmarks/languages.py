"""decruft on the WCXB dev pages that are not in English, language by language.

Run directly (not by pytest):

    python benchmarks/languages.py            # print the table, write docs/benchmarks.md
    python benchmarks/languages.py --limit 300

A page's language is the one its ``<html lang=...>`` declares; a page that
declares none and whose gold text is written mostly in another script than
Latin is counted under that script's name (``Cyrillic``, ``Han``...). Every
other page is taken for English and left out. For each language the table
gives, on each track, the mean token F1 of the baseline (identity on the
text tracks, trafilatura on the html track) and of decruft, and the rules
that removed lines there, as a check that the phrase lists of each language
are at work and take no article text.
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.quality import systems_for
from benchmarks.report import REPO, REPORT, replace_section
from benchmarks.wcxb import (
    HTML_TRACK,
    TRACKS,
    command_line,
    first_golds,
    iter_track,
    require_data,
    score,
)
from decruft import clean_and_explain

_DECLARED = regex.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", regex.IGNORECASE)
_LETTER = regex.compile(r"\p{L}")


def script_of(text: str) -> str | None:
    """The script most letters of ``text`` are written in, when it is not
    Latin (``"Cyrillic"``, ``"Han"``...); ``None`` for Latin or no letters."""
    scripts: Counter[str] = Counter()
    for letter in _LETTER.findall(text[:5000]):
        name = unicodedata.name(letter, "")
        scripts[name.split(" ")[0] if name else "?"] += 1
    if not scripts:
        return None
    script, _ = scripts.most_common(1)[0]
    if script in {"LATIN", "?"}:
        return None
    return {"CJK": "Han"}.get(script, script.title())


def page_languages(data: Path, golds: dict[str, tuple[str, str]]) -> dict[str, str]:
    """``{page id: language}`` for the pages with a gold text that are not
    in English."""
    languages = {}
    with gzip.open(data / "pages.jsonl.gz", "rt", encoding="utf-8") as file:
        for line in file:
            record = json.loads(line)
            if record["id"] not in golds:
                continue
            declared = _DECLARED.search(record["html"][:20000])
            language = declared.group(1).lower() if declared else script_of(record["gold"])
            if language and language != "en":
                languages[record["id"]] = language
    return languages


def main() -> None:
    """Measure and print the table; write it into docs/benchmarks.md."""
    args = command_line(__doc__.split("\n\n")[0]).parse_args()
    require_data(args.data, "languages.py")
    golds = first_golds(args.data, args.limit)
    languages = page_languages(args.data, golds)
    chosen = {page_id: golds[page_id] for page_id in languages}
    rows = [
        "| language | pages | track | baseline | baseline F1 | decruft F1 "
        "| rules that removed lines |",
        "|---|---:|---|---|---:|---:|---|",
    ]
    for track in TRACKS:
        systems = systems_for(track)
        scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        rules: dict[str, Counter[str]] = defaultdict(Counter)
        baseline = next(iter(systems))
        # decruft as systems_for runs it, once, for its text and its rules.
        form = "html" if track == HTML_TRACK else "auto"
        for page in iter_track(args.data, track, chosen):
            language = languages[page.id]
            cleaned = clean_and_explain(page.text, input_format=form)
            scores[language]["decruft"].append(score(cleaned.text, page.gold).f1)
            scores[language][baseline].append(score(systems[baseline](page.text), page.gold).f1)
            rules[language].update(cleaned.counts())
        for language in sorted(scores):
            by_system = scores[language]
            count = len(by_system[baseline])
            used = ", ".join(f"{rule} {n}" for rule, n in rules[language].most_common()) or "none"
            rows.append(
                f"| {language} | {count} | {track} | {baseline} "
                f"| {sum(by_system[baseline]) / count:.3f} "
                f"| {sum(by_system['decruft']) / count:.3f} | {used} |"
            )
            print(rows[-1])
    if args.limit:
        print("(--limit: nothing written)")
        return
    intro = (
        f"`python benchmarks/languages.py`: the {len(languages)} WCXB dev pages with a gold text "
        "that are not in English, by the language their HTML declares (or, when it declares "
        "none, the script of their gold text)."
    )
    replace_section("languages", "Languages other than English", [intro, "", *rows])
    print(f"written to {REPORT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
