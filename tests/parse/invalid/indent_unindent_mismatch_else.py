# Invalid: else at a column that matches no block.
if True:
    pass
  else:
    pass
