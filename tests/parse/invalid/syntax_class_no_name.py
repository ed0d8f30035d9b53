# Invalid: class with no name.
class :
    pass
