# Invalid: empty f-string field.
x = f"{}"
