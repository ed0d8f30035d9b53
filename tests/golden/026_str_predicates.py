# is* predicates over ASCII, Unicode and empty strings.
samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "a b", "_name", "name_1",
           "1name", "class", "ñandú", "日本", "²", "٣", "Hello World", "HELLO WORLD!", "hello!", "x\u00a0"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isidentifier(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isprintable(), s.isascii())
print("ABC1".isupper(), "abc1".islower(), "1".isupper(), "A_B".isupper(), "Ǆ".isupper())
count = {"digit": 0, "alpha": 0, "space": 0, "other": 0}
for ch in "Hello, World 2024! ¡Olé!":
    if ch.isdigit():
        count["digit"] += 1
    elif ch.isalpha():
        count["alpha"] += 1
    elif ch.isspace():
        count["space"] += 1
    else:
        count["other"] += 1
print(count)
