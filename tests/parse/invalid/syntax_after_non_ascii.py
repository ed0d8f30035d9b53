# Invalid: error after non-ASCII text on the same line (columns count characters).
名前 = '日本' +* 1
