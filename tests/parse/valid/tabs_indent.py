# Valid: indentation with tabs (consistently), tabs as separators, tab and space blocks side by side.
def tabbed(x):
	if x:
		for i in range(x):
			x	+=	i
		return x
	else:
		return 0
def spaced(x):
    if x:
        return x
    return 0
class Mixed:
	def tab_method(self):
		return 1
	def other(self):
		value = [
	1,
        2,
			3]
		return value
if True:
	pass
	# comment with tab indent
		# deeper comment
	x	=	1	# trailing comment after tab
y = 2		
def tab_then_spaces_deeper():
	if True:
	        return 1
