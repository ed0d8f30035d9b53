# Invalid: `+*`.
a = 1 +* 2
