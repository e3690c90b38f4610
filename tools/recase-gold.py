#!/usr/bin/env python3
"""Copy a gold folder with every article text lower-cased (or upper-cased); gold files unchanged.

Usage: python3 tools/recase-gold.py [--upper] SRC_DIR DEST_DIR
Then:  python3 ../shared/eval/score.py gold DEST_DIR/*.gold.json --cmd ./eventwire

Tests that eventwire analyses text in any case as it analyses the original (the source folder is
only read). Lower-casing keeps every offset (str.lower() maps English text character for character);
upper-casing can lengthen a few characters ("ß" to "SS"), so those keep their case.
"""
import argparse
import json
import pathlib
import shutil
import sys


def upper_same_length(text):
    return "".join(u if len(u := c.upper()) == 1 else c for c in text)


def lower_same_length(text):
    return "".join(l if len(l := c.lower()) == 1 else c for c in text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--upper", action="store_true", help="upper-case instead of lower-case")
    ap.add_argument("src")
    ap.add_argument("dest")
    a = ap.parse_args()
    src, dest = pathlib.Path(a.src), pathlib.Path(a.dest)
    if src.resolve() == dest.resolve():
        sys.exit("DEST_DIR must differ from SRC_DIR: the gold folder stays unchanged")
    dest.mkdir(parents=True, exist_ok=True)
    change = upper_same_length if a.upper else lower_same_length
    n = 0
    for g in sorted(src.glob("*.gold.json")):
        shutil.copy(g, dest / g.name)
        t = json.loads(g.read_text(encoding="utf-8"))["text"]
        (dest / t).write_text(change((src / t).read_text(encoding="utf-8")), encoding="utf-8")
        n += 1
    print(f"{n} articles {'upper' if a.upper else 'lower'}-cased into {dest}", file=sys.stderr)


if __name__ == "__main__":
    main()
