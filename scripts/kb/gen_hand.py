#!/usr/bin/env python3
"""Build the hand-curated KB files from scripts/kb/src/<name>.txt (stdlib only).

    python3 scripts/kb/gen_hand.py            # all sources
    python3 scripts/kb/gen_hand.py people_world

Source format, one entity per line ('#' comments and blank lines skipped):

    [@TYPE] canonical ; names ; short ; wikidata ; context

  * TYPE defaults to the file's `#!type=PER|LOC|ORG` line;
  * names / short are '|'-separated surface forms (short and wikidata optional);
  * context (optional) is '|'-separated canonical names of other KB entities
    whose mention in a document supports the short forms there (`कम्युनिस्ट
    पार्टी` is the Chinese Communist Party where China is mentioned); a
    canonical ending in `(X)` where X is another KB entity (`Ministry of
    Foreign Affairs (Russia)`) gets X as context without saying so;
  * the canonical itself is added to names unless it contains '(' or ',',
    or the wikidata field is '-' or ends in ' -' (`Q450675 -`: this id, but
    don't add the canonical, e.g. when it starts with a title: Pope Francis);
  * forms that are redundant after matcher normalisation are dropped.
The first lines of the source file that start with '##' become the
description comment of the generated TSV.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from kbio import KB, Row, write_tsv  # noqa: E402

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
        if len(parts) > 5 or not parts[0]:
            raise SystemExit(f"{path}:{i}: bad line {raw!r}")
        parts += [""] * (5 - len(parts))
        canon, names, short, qid, context = parts
        names = [n.strip() for n in names.split("|") if n.strip()]
        short = [s.strip() for s in short.split("|") if s.strip()]
        context = [c.strip() for c in context.split("|") if c.strip()]
        # '-' (alone or after the id, `Q123 -`): don't add the canonical as a name
        qtok = qid.split()
        add_canon = "-" not in qtok
        qid = " ".join(t for t in qtok if t != "-")
        if add_canon and "(" not in canon and "," not in canon:
            names.append(canon)
        if typ not in ("PER", "LOC", "ORG"):
            raise SystemExit(f"{path}:{i}: no type")
        rows.append(Row(canon, typ, qid, names, short, context=context))
    return desc, rows


def qualifier_context(rows, known):
    """`Ministry of Foreign Affairs (Russia)`: Russia supports the short forms."""
    for r in rows:
        m = re.search(r"\(([^()]+)\)$", r.canonical)
        if m and r.short and m.group(1) in known and m.group(1) not in r.context:
            r.context.append(m.group(1))


def all_canonicals():
    """Canonical names of every entity in the KB (generated files included)."""
    out = set()
    for fn in sorted(os.listdir(KB)):
        if fn.endswith(".tsv"):
            for line in open(os.path.join(KB, fn), encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    out.add(line.split("\t", 1)[0])
    for fn in sorted(os.listdir(SRC)):
        if fn.endswith(".txt"):
            for line in open(os.path.join(SRC, fn), encoding="utf-8"):
                if line.strip() and not line.startswith("#"):
                    line = line[4:].lstrip() if line.startswith("@") else line
                    out.add(line.split(";", 1)[0].strip())
    return out


def build(name):
    path = os.path.join(SRC, name + ".txt")
    desc, rows = parse(path)
    seen = {}
    for r in rows:
        key = (r.canonical, r.type)
        if key in seen:
            raise SystemExit(f"{path}: duplicate canonical {r.canonical!r}")
        seen[key] = r
    qualifier_context(rows, all_canonicals())
    desc = "\n".join(desc) or f"Hand-curated entities from scripts/kb/src/{name}.txt"
    desc += f"\nSource: hand-curated list scripts/kb/src/{name}.txt (edit there, then regenerate)."
    return write_tsv(name + ".tsv", "gen_hand.py", desc, rows)


def main():
    names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(SRC) if f.endswith(".txt"))
    for n in names:
        build(n)


if __name__ == "__main__":
    main()
