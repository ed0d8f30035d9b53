# Invalid (CRLF endings): elif without a colon.
x = 2
if x == 1:
    pass
elif x == 2
    pass
