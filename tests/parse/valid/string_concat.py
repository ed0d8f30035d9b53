# Valid: implicit concatenation of adjacent literals, mixing plain, raw, f- and unicode strings.
name = "x"
s = "a" "b"
s = "a" 'b' """c""" '''d'''
s = "a" f"{name}" "c"
s = f"{name}" f"{name}"
s = r"\raw" "\tcooked"
s = u"u" "plain"
s = ("one"
     "two"
     f"{name}three")
s = ("line 1\n"
     # a comment between the parts
     "line 2\n")
b = b"a" b"b" rb"\c" Rb'\d'
call = print("concat" "enated", "args" f"{name}")
s = "x" \
    "y"
