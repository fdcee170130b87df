#!/usr/bin/env python3
"""Build the hand-curated KB files from scripts/kb/src/<name>.txt (stdlib only).

    python3 scripts/kb/gen_hand.py            # all sources
    python3 scripts/kb/gen_hand.py people_world

Source format, one entity per line ('#' comments and blank lines skipped):

    [@TYPE] canonical ; names ; short ; wikidata

  * TYPE defaults to the file's `#!type=PER|LOC|ORG` line;
  * names / short are '|'-separated surface forms (short and wikidata optional);
  * the canonical itself is added to names unless it contains '(' or ',',
    or the wikidata field is '-' or ends in ' -' (`Q450675 -`: this id, but
    don't add the canonical, e.g. when it starts with a title: Pope Francis);
  * forms that are redundant after matcher normalisation are dropped.
The first lines of the source file that start with '##' become the
description comment of the generated TSV.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kbio import Row, write_tsv  # noqa: E402

SRC = os.path.join(HERE, "src")


def parse(path):
    default_type = None
    desc = []
    rows = []
    for i, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if line.startswith("#!type="):
            default_type = line.split("=", 1)[1].strip()
            continue
        if line.startswith("##"):
            desc.append(line[2:].strip())
            continue
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        typ = default_type
        if line.startswith("@"):
            typ, line = line[1:4], line[4:].lstrip()
        parts = [p.strip() for p in line.split(";")]
        if len(parts) > 4 or not parts[0]:
            raise SystemExit(f"{path}:{i}: bad line {raw!r}")
        parts += [""] * (4 - len(parts))
        canon, names, short, qid = parts
        names = [n.strip() for n in names.split("|") if n.strip()]
        short = [s.strip() for s in short.split("|") if s.strip()]
        # '-' (alone or after the id, `Q123 -`): don't add the canonical as a name
        qtok = qid.split()
        add_canon = "-" not in qtok
        qid = " ".join(t for t in qtok if t != "-")
        if add_canon and "(" not in canon and "," not in canon:
            names.append(canon)
        if typ not in ("PER", "LOC", "ORG"):
            raise SystemExit(f"{path}:{i}: no type")
        rows.append(Row(canon, typ, qid, names, short))
    return desc, rows


def build(name):
    path = os.path.join(SRC, name + ".txt")
    desc, rows = parse(path)
    seen = {}
    for r in rows:
        key = (r.canonical, r.type)
        if key in seen:
            raise SystemExit(f"{path}: duplicate canonical {r.canonical!r}")
        seen[key] = r
    desc = "\n".join(desc) or f"Hand-curated entities from scripts/kb/src/{name}.txt"
    desc += f"\nSource: hand-curated list scripts/kb/src/{name}.txt (edit there, then regenerate)."
    return write_tsv(name + ".tsv", "gen_hand.py", desc, rows)


def main():
    names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(SRC) if f.endswith(".txt"))
    for n in names:
        build(n)


if __name__ == "__main__":
    main()
