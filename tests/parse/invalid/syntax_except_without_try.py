# Invalid: except with no try.
except ValueError:
    pass
