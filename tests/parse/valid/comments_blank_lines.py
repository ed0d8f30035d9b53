#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Valid: comments and blank lines everywhere: between blocks, after colons, at odd indentation.


# leading comments


import os  # trailing comment

def f():  # comment after colon
    # comment as first line of body

    x = 1  # trailing

        # comment indented deeper than the block
  # comment indented shallower than the block
    y = 2
    
    return x + y  # trailing on return
# comment at column 0 between function body lines?

class C:  # class comment
    """Doc."""  # comment after docstring

    # a comment

    def m(self):
        pass
        # trailing comment in block

    # comment before dedent


if True:  # if
    pass
    # inner
elif False:  # elif
    pass
else:  # else
    pass

for i in []:  # for
    pass
else:  # for-else
    pass

try:  # try
    pass
except Exception:  # except
    pass
finally:  # finally
    pass
#
##
# final comment with no code after it
