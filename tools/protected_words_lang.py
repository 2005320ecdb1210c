#!/usr/bin/env python3
# The German and Spanish twin of protected_words.py: lists the real words of a dictionary that the
# speller's fuzzy match (understanding/Fuzzy.java, mirrored in protected_words.py) would take for a
# keyword or date word of the language, folded the way the tokenizer folds them (no accents, "ß" as
# "ss", umlauts also written out). The output is the language's protected-words file.
# Usage, from the repository root (Debian: apt-get install wngerman wspanish):
#   python3 tools/protected_words_lang.py German /usr/share/dict/ngerman \
#     > src/main/resources/understanding/protected-de.txt
#   python3 tools/protected_words_lang.py Spanish /usr/share/dict/spanish \
#     > src/main/resources/understanding/protected-es.txt
import re, sys
base = 'src/main/java/io/bookline/understanding/'
lang, dictionary = sys.argv[1], sys.argv[2]
fuzzy = open('tools/protected_words.py').read()
exec(fuzzy[fuzzy.index('def osa'):fuzzy.index('words=set()')])
FOLD = str.maketrans('àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy')
def fold(w):
    return w.lower().replace('ß', 'ss').translate(FOLD)
def spellings(w):
    return {fold(w), fold(w.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue'))}
src = open(base + lang + 'Dates.java').read()
datewords = set()
for m in re.finditer(r'\.put\("[^"]+",\s*([^)]*)\)', src):
    for w in re.findall(r'"([^"]+)"', m.group(1)): datewords |= spellings(w)
spelling = open(base + lang + 'Spelling.java').read()
block = spelling[spelling.index('KEYWORDS ='):spelling.index(';', spelling.index('KEYWORDS ='))]
kw = set()
for w in ' '.join(re.findall(r'"([^"]*)"', block)).split(): kw |= spellings(w)
targets = {t for t in kw | datewords if len(t) >= 5 and t.isalpha()}
words = {fold(w.strip()) for w in open(dictionary, encoding='utf-8', errors='ignore') if w.strip().isalpha()}
print('# Real %s words the speller must not bend into a keyword (tools/protected_words_lang.py).' % lang)
for w in sorted(words):
    if w in targets or w in datewords or w in kw or len(w) < 4: continue
    if any(near(w, t) for t in targets): print(w)
