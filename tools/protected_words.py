#!/usr/bin/env python3
# Lists the real words that the speller's fuzzy match (understanding/Fuzzy.java, mirrored below)
# would take for an English keyword or date word: candidates for PROTECTED in EnglishSpelling.java.
# Usage, from the repository root: python3 tools/protected_words.py [/usr/share/dict/words]
# (Debian: apt-get install wamerican). Review the list: drop forms whose bending is right
# ("tomorrows"), keep the rest.
import re, sys
base = 'src/main/java/io/bookline/understanding/'
src = open(base + 'EnglishDates.java').read()
datewords = set()
for m in re.finditer(r'put\(w, "[^"]+", ([^;]+)\);', src):
    for w in re.findall(r'"([^"]+)"', m.group(1)): datewords.add(w)
spelling = open(base + 'EnglishSpelling.java').read()
block = spelling[spelling.index('KEYWORDS ='):spelling.index(';', spelling.index('KEYWORDS ='))]
kw = set(' '.join(re.findall(r'"([^"]*)"', block)).split())
targets={t for t in kw|datewords if len(t)>=5 and t.isalpha()}
def osa(a,b,cap):
    prev2=[0]*(len(b)+1); prev=list(range(len(b)+1)); 
    for i in range(1,len(a)+1):
        cur=[i]+[0]*len(b); rowmin=i
        for j in range(1,len(b)+1):
            cost=0 if a[i-1]==b[j-1] else 1
            d=min(prev[j]+1,cur[j-1]+1,prev[j-1]+cost)
            if i>1 and j>1 and a[i-1]==b[j-2] and a[i-2]==b[j-1]: d=min(d,prev2[j-2]+1)
            cur[j]=d; rowmin=min(rowmin,d)
        if rowmin>=cap: return cap
        prev2,prev=prev,cur
    return min(prev[len(b)],cap)
def key(w):
    out=[];last=None
    for i,c in enumerate(w):
        if i>0 and c in "aeiouyhw'": continue
        if c!=last: out.append(c)
        last=c
    return ''.join(out)
def near(t,k):
    lt,lk=len(t),len(k)
    if lk<5 or lt<4 or t[0]!=k[0] or abs(lt-lk)>2: return False
    allowed=2 if lk>=8 else 1
    d=osa(t,k,allowed+2)
    if d<=allowed: return True
    return d==allowed+1 and lk>=6 and key(t)==key(k)
words=set()
for w in open(sys.argv[1] if len(sys.argv) > 1 else '/usr/share/dict/words'):
    w=w.strip()
    if w.isalpha() and w.islower() and w.isascii(): words.add(w)
prot={}
for w in sorted(words):
    if w in targets or w in datewords or w in kw or len(w)<4: continue
    for t in targets:
        if near(w,t):
            prot.setdefault(w,[]).append(t)
for w,t in sorted(prot.items()): print(w, ' '.join(sorted(t)))
