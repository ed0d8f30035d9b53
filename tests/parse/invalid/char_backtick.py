# Invalid: backticks.
x = `1`
