# Invalid: else with no if.
x = 1
else:
    pass
