# Two levels of exception context, then a cause: three chained tracebacks.
class StorageError(Exception):
    pass
def read(store, key):
    try:
        return store[key]
    except KeyError:
        try:
            return int(store["default"])
        except ValueError as inner:
            raise StorageError("no usable value for " + repr(key)) from inner
print(read({"a": 1}, "a"))
read({"default": "n/a"}, "b")
