# Invalid (CRLF endings): empty field inside a nested format spec.
x = 1
s = f"{x:{}}"
