# Valid: every import form: plain, dotted, aliased, from-import, parenthesised, relative, star.
import os
import os.path
import os.path as osp
import sys, time
import collections.abc as cabc, json
from os import path
from os import path as p, sep
from os.path import (join, exists,
                     dirname as dn,
                     basename,)
from collections import *
from . import sibling
from .. import parent
from ... import grandparent
from .module import name
from .package.module import name as alias
from ..pkg import (a, b as c)
from .... import deep
from . import *
from .mod import *
def lazy():
    import math
    from math import sqrt as root
    return math.pi, root(2)
