# A backslash continuation that ends the file.
x = 1
y = 2
\
