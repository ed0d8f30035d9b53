# Invalid: unparenthesised walrus as a statement.
x := 1
