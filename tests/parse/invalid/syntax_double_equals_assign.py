# Invalid: `= =`.
x = = 1
