# Invalid: '€' in code.
price = 5€
