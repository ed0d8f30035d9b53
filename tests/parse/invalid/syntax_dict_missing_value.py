# Invalid: dict key with colon but no value.
d = {1: }
