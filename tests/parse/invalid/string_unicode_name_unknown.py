# Invalid: unknown \N{...} name.
s = "\N{NOT A REAL NAME}"
