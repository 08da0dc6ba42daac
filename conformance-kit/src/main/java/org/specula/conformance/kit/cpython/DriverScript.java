package org.specula.conformance.kit.cpython;

/**
 * The Python side of {@link CPython}: a loop that reads programs from its stdin and runs each
 * as {@code python3 FILE} would run it, answering with its stdout, stderr and exit status.
 *
 * <p>Protocol (bytes): the request is {@code "<name length> <source length>\n"} then the file
 * name and the source, UTF-8; the answer is {@code "<status> <stdout length> <stderr length>\n"}
 * then both outputs. The driver first answers {@code "ready <major>.<minor>.<micro>\n"}. It
 * keeps the protocol on duplicates of fds 0 and 1 and points fds 0 and 1 at /dev/null, so a
 * program writing to fd 1 (or reading fd 0) cannot break it.
 */
final class DriverScript {
    private DriverScript() {}

    /** The script, run with {@code python3 -c}. */
    static final String SOURCE = """
            import atexit, builtins, io, linecache, os, sys, traceback, types

            _requests = os.fdopen(os.dup(0), "rb", buffering=0)
            _answers = os.fdopen(os.dup(1), "wb")
            _null = os.open(os.devnull, os.O_RDWR)
            os.dup2(_null, 0)
            os.dup2(_null, 1)
            _main = sys.modules["__main__"]


            class _KeptOpen(io.BytesIO):
                # sys.stdout.close() must not lose what was written before it
                def close(self):
                    pass


            def _read_exactly(n):
                data = bytearray()
                while len(data) < n:
                    chunk = _requests.read(n - len(data))
                    if not chunk:
                        raise EOFError
                    data += chunk
                return bytes(data)


            def _exit_status(code, err):
                # what CPython's top level does with SystemExit's code
                if code is None:
                    return 0
                if isinstance(code, int):
                    return code & 0xFF
                try:
                    err.write(str(code) + "\\n")
                except Exception:
                    pass
                return 1


            def _report(e, err):
                tb = e.__traceback__
                if tb is not None and tb.tb_frame.f_code is _run.__code__:
                    e = e.with_traceback(tb.tb_next)  # drop the driver's own frame
                saved = sys.stderr
                sys.stderr = err
                try:
                    traceback.print_exception(e)
                finally:
                    sys.stderr = saved


            def _run(name, source):
                out_bytes, err_bytes = _KeptOpen(), _KeptOpen()
                out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict")
                err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", write_through=True)
                module = types.ModuleType("__main__")
                module.__dict__.update(__file__=name, __builtins__=builtins, __cached__=None)
                lines = source.splitlines(True)
                linecache.cache[name] = (len(source), None, lines, name)
                sys.stdin = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")
                sys.stdout, sys.stderr = out, err
                sys.argv = [name]
                sys.modules["__main__"] = module
                sys.setrecursionlimit(1000 + _depth())  # room for the driver's frames below the program's
                status = 0
                try:
                    code = compile(source, name, "exec")
                    exec(code, module.__dict__)
                except SystemExit as e:
                    status = _exit_status(e.code, err)
                except KeyboardInterrupt as e:
                    _report(e, err)
                    status = 130
                except BaseException as e:
                    _report(e, err)
                    status = 1
                finally:
                    atexit._run_exitfuncs()  # as at interpreter exit: prints what they print, errors included
                    atexit._clear()
                    sys.modules["__main__"] = _main
                    sys.stdin, sys.stdout, sys.stderr = sys.__stdin__, sys.__stdout__, sys.__stderr__
                    sys.setrecursionlimit(1000)
                    linecache.cache.pop(name, None)
                for stream in (out, err):
                    try:
                        stream.flush()
                    except Exception:
                        pass
                return status, out_bytes.getvalue(), err_bytes.getvalue()


            def _depth():
                frame, n = sys._getframe(1), 0
                while frame is not None:
                    frame, n = frame.f_back, n + 1
                return n


            def _serve():
                v = sys.version_info
                _answers.write(b"ready %d.%d.%d\\n" % (v[0], v[1], v[2]))
                _answers.flush()
                while True:
                    header = _requests.readline()
                    if not header:
                        return
                    name_length, source_length = map(int, header.split())
                    name = _read_exactly(name_length).decode("utf-8")
                    source = _read_exactly(source_length).decode("utf-8")
                    status, out, err = _run(name, source)
                    _answers.write(b"%d %d %d\\n" % (status, len(out), len(err)))
                    _answers.write(out)
                    _answers.write(err)
                    _answers.flush()


            _serve()
            """;
}
