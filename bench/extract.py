"""Time ``claims.extract.extract`` over a folder of .txt files, against one plain regex pass.

    python bench/extract.py [FOLDER]      (default ../shared/corpus/bbc)

Prints, for the whole extractor (statistics and attributions together) and for
statistics alone, the seconds and MB/s over all texts in one process, beside a
single ``re.finditer(r"\\d[\\d,.]*")`` pass over the same texts, and the ratio.
"""
import re
import sys
import time
from pathlib import Path

from claims.extract import extract
from claims.extract.statistics import find_statistics

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "bbc"
DIGITS = re.compile(r"\d[\d,.]*")


def regex_pass(texts):
    for text in texts:
        for _ in DIGITS.finditer(text):
            pass


def run_all(function, texts):
    for text in texts:
        function(text)


def best_of(runs, function, *args):
    """The fastest of ``runs`` timings, in seconds (less noise than the mean)."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - started)
    return best


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else DEFAULT_FOLDER
    if not folder.is_dir():
        sys.exit(f"bench: no folder {folder}; give a folder of .txt files as argument")
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]
    if not texts:
        sys.exit(f"bench: no .txt files under {folder}")
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"{len(texts)} texts, {megabytes:.2f} MB from {folder}")
    baseline = best_of(3, regex_pass, texts)
    print(f"{'regex pass':18} {baseline:7.3f} s {megabytes / baseline:8.1f} MB/s")
    for name, function in (("statistics", find_statistics), ("extract (all)", extract)):
        seconds = best_of(3, run_all, function, texts)
        print(f"{name:18} {seconds:7.3f} s {megabytes / seconds:8.1f} MB/s"
              f"  {seconds / baseline:5.1f}x the regex pass")


if __name__ == "__main__":
    main(sys.argv)
