# Invalid: *iterable after **mapping.
f(**k, *a)
