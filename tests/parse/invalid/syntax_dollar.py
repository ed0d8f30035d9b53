# Invalid: `$` is not a Python character.
price = 10
total = $price
