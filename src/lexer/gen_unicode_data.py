"""Generates src/lexer/unicode_data.rs (see its header)."""
import unicodedata, sys
blocks = [(0x20,0x7E),(0xA0,0x17F),(0x391,0x3C9),(0x2010,0x205E),(0x20A0,0x20C0),(0x2100,0x214F),(0x2190,0x21FF),(0x2200,0x22FF),(0x2500,0x257F),(0x25A0,0x25FF),(0x2600,0x26FF),(0x2700,0x27BF),(0x1F600,0x1F64F)]
names = {}
for a,b in blocks:
    for cp in range(a,b+1):
        n = unicodedata.name(chr(cp), None)
        if n: names[n] = cp
aliases = "NULL NUL ALERT BEL BACKSPACE BS CHARACTER_TABULATION HORIZONTAL_TABULATION TAB HT LINE_FEED NEW_LINE END_OF_LINE LF NL EOL LINE_TABULATION VERTICAL_TABULATION VT FORM_FEED FF CARRIAGE_RETURN CR ESCAPE ESC SPACE SP DELETE DEL NO-BREAK_SPACE NBSP ZERO_WIDTH_SPACE ZWSP ZWJ ZWNJ ZERO_WIDTH_JOINER ZERO_WIDTH_NON-JOINER BYTE_ORDER_MARK BOM ZWNBSP SHY SOFT_HYPHEN".split()
for a in aliases:
    a = a.replace("_"," ")
    try:
        ch = unicodedata.lookup(a)
    except KeyError:
        print("no alias", a, file=sys.stderr); continue
    names.setdefault(a, ord(ch))
items = sorted(names.items())

out = []
line = "    "
for n,cp in items:
    e = '("%s", 0x%X), ' % (n, cp)
    if len(line) + len(e) > 110:
        out.append(line.rstrip()); line = "    "
    line += e
out.append(line.rstrip())
# non-printable ranges
cats = {"Cc","Cf","Cs","Co","Zl","Zp","Zs"}
ranges = []
start = None
for cp in range(0x110000):
    np = unicodedata.category(chr(cp)) in cats and cp != 0x20
    if np and start is None: start = cp
    if not np and start is not None:
        ranges.append((start, cp-1)); start = None
if start is not None: ranges.append((start, 0x10FFFF))

rl = []; line = "    "
for a,b in ranges:
    e = "(0x%X, 0x%X), " % (a,b)
    if len(line)+len(e) > 110:
        rl.append(line.rstrip()); line = "    "
    line += e
rl.append(line.rstrip())
# verify printable matches str.isprintable for assigned
if True:
    f = sys.stdout
    f.write("//! Generated Unicode data for the lexer: a table of character names for `\\N{...}` escapes\n")
    f.write("//! (a subset: ASCII, Latin-1, Latin Extended-A, Greek, punctuation, currency, letterlike,\n")
    f.write("//! arrows, math operators, box drawing, shapes, symbols, dingbats, emoticons, and common\n")
    f.write("//! aliases) and the ranges of non-printable characters (categories Cc Cf Cs Co Zl Zp Zs\n")
    f.write("//! except space; unassigned code points are not listed).\n//!\n")
    f.write("//! Regenerate with CPython %s's `unicodedata` (Unicode %s): `python3 src/lexer/gen_unicode_data.py > src/lexer/unicode_data.rs`.\n\n" % (sys.version.split()[0], unicodedata.unidata_version))
    f.write("/// `(NAME, code point)`, sorted by name.\n#[rustfmt::skip]\npub(super) static NAMES: &[(&str, u32)] = &[\n")
    f.write("\n".join(out)+"\n];\n\n")
    f.write("/// Inclusive ranges of non-printable code points, sorted.\n#[rustfmt::skip]\npub(super) static NON_PRINTABLE: &[(u32, u32)] = &[\n")
    f.write("\n".join(rl)+"\n];\n")
