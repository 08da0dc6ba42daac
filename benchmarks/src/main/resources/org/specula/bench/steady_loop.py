# The CPython side of the harness's steady mode: runs one program ITERATIONS times in this
# interpreter (runpy, as __main__, sys.argv = [PROGRAM, SIZE]) and prints
# "iteration I NANOS STATUS" per run; the first run's output goes to OUTFILE.
# Usage: python3 steady_loop.py PROGRAM SIZE ITERATIONS OUTFILE
import io
import runpy
import sys
import time


def main():
    program, size, iterations, outfile = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    real_stdout = sys.stdout
    first = None
    for i in range(1, iterations + 1):
        buf = io.StringIO()
        sys.argv = [program, size]
        sys.stdout = buf
        status = 0
        start = time.perf_counter_ns()
        try:
            runpy.run_path(program, run_name="__main__")
        except SystemExit as e:
            status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        finally:
            elapsed = time.perf_counter_ns() - start
            sys.stdout = real_stdout
        print("iteration", i, elapsed, status, flush=True)
        if first is None:
            first = buf.getvalue()
            with open(outfile, "w", encoding="utf-8") as f:
                f.write(first)
        elif buf.getvalue() != first:
            print("iteration", i, "printed something else than iteration 1", file=sys.stderr)
            sys.exit(3)


main()
