# Invalid: typographic quotes instead of ASCII quotes.
s = “hello”
