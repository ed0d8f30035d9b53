# Invalid: ')' closing a '[' opened on an earlier line.
x = [1,
     2)
