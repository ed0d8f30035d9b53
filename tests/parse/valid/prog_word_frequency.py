# Valid program: a text-processing script: tokenising, counting, formatting a report.
import sys
import re
from collections import Counter, defaultdict

STOP_WORDS = frozenset("""
a an and are as at be by for from has he in is it its of on that the to was were will with
""".split())

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness...
"""

WORD_RE = re.compile(r"[A-Za-z']+")


def tokenize(text):
    for line_no, line in enumerate(text.splitlines(), start=1):
        for match in WORD_RE.finditer(line):
            word = match.group(0).lower().strip("'")
            if word and word not in STOP_WORDS:
                yield line_no, word


def build_index(tokens):
    counts = Counter()
    where = defaultdict(set)
    for line_no, word in tokens:
        counts[word] += 1
        where[word].add(line_no)
    return counts, where


def report(counts, where, top=5, out=sys.stdout):
    width = max((len(w) for w in counts), default=0)
    print(f"{'word':<{width}}  count  lines", file=out)
    print("-" * (width + 15), file=out)
    for word, n in counts.most_common(top):
        lines = ", ".join(str(l) for l in sorted(where[word]))
        print(f"{word:<{width}}  {n:>5}  {lines}", file=out)
    total = sum(counts.values())
    unique = len(counts)
    ratio = unique / total if total else 0.0
    print(f"\n{total} words, {unique} unique ({ratio:.1%})", file=out)


def capitalize_sentences(text: str) -> str:
    result, cap_next = [], True
    for ch in text:
        if cap_next and ch.isalpha():
            result.append(ch.upper())
            cap_next = False
        else:
            result.append(ch)
        if ch in ".!?":
            cap_next = True
    return "".join(result)


if __name__ == "__main__":
    source = TEXT if len(sys.argv) < 2 else open(sys.argv[1], encoding="utf-8").read()
    counts, where = build_index(tokenize(source))
    report(counts, where)
    print(capitalize_sentences("hello there. how are you? fine!"))
