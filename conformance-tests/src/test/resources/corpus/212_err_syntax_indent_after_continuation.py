# A backslash continuation at column 0 does not fix the indentation of the
# next line (CPython takes 0 as "no continuation column"): unexpected indent.
print("not reached")
\
    value = 1
