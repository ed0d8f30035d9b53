# Valid: a file with only comments and blank lines.

   
	
# another comment
    # indented comment

