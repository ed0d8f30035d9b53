# Invalid: try without a colon.
try
    pass
except:
    pass
