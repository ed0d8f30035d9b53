# Valid: string literals with every prefix and both quote kinds, and adjacent concatenation.
s = 'single'
s = "double"
s = ''
s = ""
s = 'it\'s'
s = "say \"hi\""
s = "it's"
s = 'say "hi"'
s = r'raw \d'
s = R"raw \w"
s = u'unicode'
s = U"unicode"
s = b'bytes'
s = B"bytes"
s = br'raw bytes \x'
s = Br"raw bytes"
s = bR'raw bytes'
s = BR"raw bytes"
s = rb'raw bytes'
s = rB"raw bytes"
s = Rb'raw bytes'
s = RB"raw bytes"
s = f'f {s}'
s = F"f {s}"
s = fr'fr {s} \d'
s = fR"fR {s}"
s = Fr'Fr {s}'
s = FR"FR {s}"
s = rf'rf {s}'
s = rF"rF {s}"
s = Rf'Rf {s}'
s = RF"RF {s}"
s = "adjacent" 'strings' """are""" '''joined'''
s = ("across "
     "lines "
     'too')
s = "a" r"\b" u"c"
s = b"a" b'b' rb"\c"
s = 'unicode: héllo wörld ☃ 日本 🐍'
s = "#not a comment"
s = 'ends with backslash-backslash \\'
s = r'raw with escaped quote \''
s = r"\""
s = "tab	inside"
s = "\
continued"
s = 'x' * 3
