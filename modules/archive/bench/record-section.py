#!/usr/bin/env python3
"""Puts a benchmark section into docs/benchmarks.md: replaces the section whose heading is the section's first line,
or appends it. Re-reads the file at the moment of writing, so other sections written meanwhile are kept.

    record-section.py <benchmarks.md> <section text, starting with its "## …" heading>
"""
import re
import sys

path, section = sys.argv[1], sys.argv[2]
heading = section.splitlines()[0]
try:
    text = open(path, encoding='utf-8').read()
except FileNotFoundError:
    text = "# Benchmarks\n\nMeasured numbers, each section with its machine and the command that produced it.\n"
pattern = re.compile('^' + re.escape(heading) + r'\n.*?(?=^## |\Z)', re.S | re.M)
if pattern.search(text):
    text = pattern.sub(lambda m: section.rstrip() + "\n\n", text).rstrip() + "\n"
else:
    text = text.rstrip() + "\n\n" + section.rstrip() + "\n"
open(path, 'w', encoding='utf-8').write(text)
