# Invalid: assert with no test.
assert
