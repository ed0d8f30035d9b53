# Invalid: a lone starred expression as a value.
x = *a
