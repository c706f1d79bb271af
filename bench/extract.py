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
RUNS = 5  # best of five rounds: the machine is shared, single runs vary by 50%


def regex_pass(text):
    for _ in DIGITS.finditer(text):
        pass


def best_times(runs, functions, texts):
    """The fastest of ``runs`` timings of each function over all texts, in seconds.
    Rounds interleave the functions so that load from other processes hits them alike."""
    best = [float("inf")] * len(functions)
    for _ in range(runs):
        for i, function in enumerate(functions):
            started = time.perf_counter()
            for text in texts:
                function(text)
            best[i] = min(best[i], time.perf_counter() - started)
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
    baseline, statistics, whole = best_times(RUNS, (regex_pass, find_statistics, extract), texts)
    print(f"{'regex pass':18} {baseline:7.3f} s {megabytes / baseline:8.1f} MB/s")
    for name, seconds in (("statistics", statistics), ("extract (all)", whole)):
        print(f"{name:18} {seconds:7.3f} s {megabytes / seconds:8.1f} MB/s"
              f"  {seconds / baseline:5.1f}x the regex pass")


if __name__ == "__main__":
    main(sys.argv)
