#!/usr/bin/env python3
"""Regenerate every KB file in dependency order, then validate.

    pip install -r scripts/kb/requirements.txt
    python3 scripts/kb/build_all.py
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STEPS = ["gen_hand.py", "gen_world_geo.py", "gen_india_geo.py", "gen_world_geo.py", "check.py"]

for step in STEPS:
    print(f"== {step}", flush=True)
    r = subprocess.run([sys.executable, os.path.join(HERE, step)])
    if r.returncode != 0:
        sys.exit(r.returncode)
