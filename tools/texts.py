#!/usr/bin/env python3
"""UI texts in Resources/SharedResource{,.de,.en}.resx (nl is the default).

  tools/texts.py add < file.tsv     add or replace keys: key<TAB>nl<TAB>de<TAB>en per line
  tools/texts.py missing            keys used literally in views/code but absent from the nl file
  tools/texts.py sort               sort the three files by key
"""
import re, sys, pathlib
from xml.sax.saxutils import escape

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src" / "Jobportunities.Web"
FILES = {"nl": ROOT / "Resources/SharedResource.resx", "de": ROOT / "Resources/SharedResource.de.resx", "en": ROOT / "Resources/SharedResource.en.resx"}
HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""
ENTRY = re.compile(r'<data name="([^"]+)" xml:space="preserve"><value>(.*?)</value></data>', re.S)

def load(lang):
    path = FILES[lang]
    if not path.exists():
        return {}
    from html import unescape
    return {k: unescape(v) for k, v in ENTRY.findall(path.read_text(encoding="utf-8"))}

def save(lang, entries):
    lines = [HEADER]
    for key in sorted(entries, key=str.lower):
        lines.append(f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(entries[key])}</value></data>\n')
    lines.append("</root>\n")
    FILES[lang].write_text("".join(lines), encoding="utf-8")

def add():
    data = {lang: load(lang) for lang in FILES}
    for n, line in enumerate(sys.stdin, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            sys.exit(f"line {n}: expected 4 tab-separated columns, got {len(parts)}: {line!r}")
        key, nl, de, en = parts
        data["nl"][key], data["de"][key], data["en"][key] = nl, de, en
    for lang, entries in data.items():
        save(lang, entries)

def missing():
    known = load("nl")
    used = set()
    pattern = re.compile(r'\b(?:T|t|texts|Texts|localizer)\["([A-Za-z0-9_.]+)"')
    for path in ROOT.rglob("*"):
        if path.suffix in (".cshtml", ".cs") and "obj" not in path.parts and "bin" not in path.parts:
            used.update(pattern.findall(path.read_text(encoding="utf-8")))
    for key in sorted(used - set(known)):
        print(key)

if __name__ == "__main__":
    {"add": add, "missing": missing, "sort": lambda: [save(l, load(l)) for l in FILES]}[sys.argv[1] if len(sys.argv) > 1 else "missing"]()
