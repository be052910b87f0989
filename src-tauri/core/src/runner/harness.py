"""Pyprep's test harness: runs a user's code and a challenge's tests and
reports one structured result per test.

The same file runs on CPython (as a script the Rust runner starts, reading a
job on stdin) and on Pyodide (imported by the web worker). Results never pass
through the user's standard output: each message goes to a `report` callable
that the host hands in, so code that prints, exits or deletes builtins cannot
fake or break them.

A challenge's tests are Python that calls, at top level:

    case(call, expected, *, hidden=False, name=None, key=None, raises=None)
    @test(name, *, hidden=False)   # decorates a function taking `user`
    expect(actual, expected, what=None)   # inside a @test function

`call` is an expression evaluated with the user's names and the test file's
names in scope, e.g. `case("two_sum([2, 7, 11, 15], 9)", [0, 1])`. A `@test`
function receives `user`, whose attributes are the user's names
(`user.LRUCache(2)`). A case or test may return an awaitable; it is awaited.
"""

import ast
import asyncio
import builtins
import gc
import inspect
import io
import json
import math
import sys
import time
import traceback
import types

OUTPUT_CAP = 10_000
"""Characters of stdout and of stderr kept per test; the rest is dropped and marked."""
SHOWN_VALUE_CAP = 2_000
"""Characters of an expected or actual value's repr shown to the user."""
USER_FILE = "solution.py"
TESTS_FILE = "tests.py"
EXAMPLE_FILE = "example.py"
WASM = sys.platform == "emscripten"
SAFE_RECURSION_LIMIT = 4_000 if WASM else 20_000
"""Deeper Python recursion overflows the WebAssembly stack and kills the runtime."""

# The harness's own functions look names up in a private copy of the builtins, so
# user code that deletes or replaces builtins cannot break the harness mid-run.
__builtins__ = dict(builtins.__dict__)

_perf_counter = time.perf_counter
_real_stdout, _real_stderr, _real_stdin = sys.stdout, sys.stderr, sys.stdin
_real_setrecursionlimit = sys.setrecursionlimit
_dumps = json.dumps
_DEFAULT_RECURSION_LIMIT = sys.getrecursionlimit()
_PRISTINE_BUILTINS = dict(builtins.__dict__)
_MISSING = object()


class _CappedText(io.TextIOBase):
    """A text stream that keeps the first `cap` characters and counts the rest."""

    def __init__(self, cap=OUTPUT_CAP):
        self._parts = []
        self._room = cap
        self.truncated = False

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if len(text) > self._room:
            self.truncated = True
        if self._room > 0:
            kept = text[: self._room]
            self._parts.append(kept)
            self._room -= len(kept)
        return len(text)

    def getvalue(self):
        return "".join(self._parts)


class _NoInput(io.TextIOBase):
    def readable(self):
        return True

    def read(self, size=-1):
        raise _input_error()

    def readline(self, size=-1):
        raise _input_error()


def _input_error():
    return RuntimeError(
        "input() is not available here: the function's arguments hold the input. "
        "Read the values from the parameters instead of asking for them."
    )


def _no_input(prompt=""):
    raise _input_error()


def _clamped_setrecursionlimit(limit):
    _real_setrecursionlimit(min(int(limit), SAFE_RECURSION_LIMIT))


def _restore_builtins():
    builtins.__dict__.clear()
    builtins.__dict__.update(_PRISTINE_BUILTINS)


class _Sandbox:
    """Captured streams for one piece of user code; afterwards the builtins,
    streams and recursion limit are as they were before it ran."""

    def __init__(self):
        self.stdout = _CappedText()
        self.stderr = _CappedText()

    def __enter__(self):
        builtins.input = _no_input
        sys.stdin = _NoInput()
        sys.stdout, sys.stderr = self.stdout, self.stderr
        sys.setrecursionlimit = _clamped_setrecursionlimit
        return self

    def __exit__(self, *exc):
        sys.stdout, sys.stderr, sys.stdin = _real_stdout, _real_stderr, _real_stdin
        sys.setrecursionlimit = _real_setrecursionlimit
        _real_setrecursionlimit(_DEFAULT_RECURSION_LIMIT)
        _restore_builtins()
        return False

    def output(self):
        return {
            "stdout": self.stdout.getvalue(),
            "stderr": self.stderr.getvalue(),
            "truncated": self.stdout.truncated or self.stderr.truncated,
        }


class _RunScope:
    """Around a whole run, so the tests see the very modules (and classes) the
    user's code imported. Afterwards the module table is as it was before, and
    the run's garbage is freed: the next run in the same interpreter inherits
    neither, nor a collector the user's code disabled."""

    def __enter__(self):
        self._modules = dict(sys.modules)

    def __exit__(self, *exc):
        for name in [name for name in sys.modules if name not in self._modules]:
            del sys.modules[name]
        sys.modules.update(self._modules)
        # Freeing here charges a structure too deep to free (it overflows the
        # WebAssembly stack) to the run that built it, not to a later one.
        gc.enable()
        gc.collect()
        return False


def _user_namespace(name, filename):
    """The namespace of a module registered as `name`, so pickle (and with it
    multiprocessing) finds the functions and classes the user's code defines."""
    module = types.ModuleType(name)
    module.__file__ = filename
    module.__builtins__ = builtins
    sys.modules[name] = module
    return module.__dict__


# --- Comparing and showing values -------------------------------------------------

_NUMBERS = (int, float)


def same(actual, expected):
    """Deep equality that a user object cannot fake with a permissive __eq__.

    Containers must be of exactly the expected type, element by element; ints
    and floats compare by value (a bool is not a number here); floats within
    1e-9 relative tolerance.
    """
    if isinstance(expected, bool) or isinstance(actual, bool):
        return type(actual) is type(expected) and actual == expected
    if type(expected) in _NUMBERS and type(actual) in _NUMBERS:
        if isinstance(expected, float) or isinstance(actual, float):
            return math.isclose(actual, expected, rel_tol=1e-9, abs_tol=1e-12)
        return actual == expected
    if type(actual) is not type(expected):
        return False
    if type(expected) in (list, tuple):
        return len(actual) == len(expected) and all(same(a, e) for a, e in zip(actual, expected))
    if type(expected) is dict:
        return actual.keys() == expected.keys() and all(same(actual[k], expected[k]) for k in expected)
    if type(expected) in (set, frozenset, str, bytes, type(None), complex, range):
        return actual == expected
    # Other types (user-defined in the tests, Decimal, Fraction...): the test's own type decides.
    return expected == actual


def show(value):
    """A value's repr for the results panel, capped, never raising."""
    try:
        text = repr(value)
    except BaseException as error:  # noqa: BLE001 - a user __repr__ may raise anything
        text = f"<repr failed: {type(error).__name__}>"
    if len(text) > SHOWN_VALUE_CAP:
        text = text[:SHOWN_VALUE_CAP] + f"... ({len(text) - SHOWN_VALUE_CAP} more characters)"
    return text


# --- Declaring tests ----------------------------------------------------------------


class _Mismatch(Exception):
    def __init__(self, actual, expected, what):
        super().__init__(what or "the value differs from the expected one")
        self.actual, self.expected, self.what = actual, expected, what


class _Case:
    def __init__(self, call, expected, hidden, name, key, raises):
        self.call, self.expected, self.hidden = call, expected, hidden
        self.name = name or call
        self.key, self.raises = key, raises
        self.code = compile(call, f"<test {self.name}>", "eval")


class _Scenario:
    def __init__(self, name, function, hidden):
        self.name, self.function, self.hidden = name, function, hidden


class _UserNames:
    """The user's namespace with attribute access, given to @test functions."""

    def __init__(self, namespace):
        object.__setattr__(self, "_namespace", namespace)

    def __getattr__(self, name):
        try:
            return self._namespace[name]
        except KeyError:
            raise AttributeError(f"your code does not define {name!r}") from None


class _TestFile:
    """The names a tests file sees: case, test and expect, collecting what it declares."""

    def __init__(self):
        self.tests = []

    def case(self, call, expected=_MISSING, *, hidden=False, name=None, key=None, raises=None):
        if (expected is _MISSING) == (raises is None):
            raise ValueError(f"case {call!r} needs either an expected value or raises=")
        self.tests.append(_Case(call, expected, hidden, name, key, raises))

    def test(self, name, *, hidden=False):
        def declare(function):
            self.tests.append(_Scenario(name, function, hidden))
            return function

        return declare

    @staticmethod
    def expect(actual, expected, what=None):
        if not same(actual, expected):
            raise _Mismatch(actual, expected, what)


# --- Running ------------------------------------------------------------------------


def _error_info(error, filename=USER_FILE):
    """The exception's type and message, and the line of `filename` where it arose."""
    line = None
    if isinstance(error, SyntaxError) and error.filename == filename:
        line = error.lineno
    for frame, lineno in traceback.walk_tb(error.__traceback__):
        if frame.f_code.co_filename == filename:
            line = lineno
    message = _friendly_message(error)
    return {"type": type(error).__name__, "message": message, "line": line}


def _friendly_message(error):
    try:
        message = str(error)
    except BaseException:  # noqa: BLE001
        message = ""
    if isinstance(error, ModuleNotFoundError) and error.name:
        where = "this runtime" if WASM else "the challenge runner"
        return f"No module named {error.name!r}: {where} has Python's standard library only."
    if isinstance(error, SystemExit):
        return f"the code called sys.exit({error.code!r}); a solution returns its answer instead"
    if isinstance(error, KeyboardInterrupt):
        return "the code raised KeyboardInterrupt"
    if isinstance(error, RecursionError):
        return f"{message} (runaway recursion: check the base case)"
    if isinstance(error, MemoryError):
        return "the program ran out of memory"
    if WASM and isinstance(error, RuntimeError) and "new thread" in message:
        return "this runtime cannot start threads: choose local CPython in Settings for this code"
    return message


def _resolve(value):
    """Awaits an awaitable on a fresh event loop, as `asyncio.run` would."""
    # The standard library the harness uses here sees the real builtins, which
    # the user's call may have deleted; the sandbox's own input() goes back too.
    _restore_builtins()
    builtins.input = _no_input
    if not inspect.isawaitable(value):
        return value

    async def wait():
        return await value

    return asyncio.run(wait())


def _load_user_code(code, emit):
    """Compiles and runs the user's code in a fresh namespace: (namespace or None, setup, error)."""
    emit({"type": "started", "index": -1, "name": "loading your code"})
    namespace = _user_namespace("solution", USER_FILE)
    sandbox = _Sandbox()
    started = _perf_counter()
    try:
        compiled = compile(code, USER_FILE, "exec")
    except SyntaxError as error:
        return None, {"ms": 0.0, **sandbox.output()}, "compile_error", _error_info(error)
    error = None
    with sandbox:
        try:
            exec(compiled, namespace)
        except BaseException as raised:  # noqa: BLE001 - any exception is the user's to see
            error = _error_info(raised)
    setup = {"ms": (_perf_counter() - started) * 1000, **sandbox.output()}
    if error:
        return None, setup, "setup_error", error
    return namespace, setup, "ok", None


def _run_case(case, namespace, test_names):
    scope = {**namespace, **test_names}
    try:
        actual = _resolve(eval(case.code, scope))
    except BaseException as error:  # noqa: BLE001
        if case.raises is not None and isinstance(error, case.raises):
            return {"status": "passed", "expected": f"raises {case.raises.__name__}", "actual": None, "error": None}
        expected = f"raises {case.raises.__name__}" if case.raises else show(case.expected)
        return {"status": "error", "expected": expected, "actual": None, "error": _error_info(error)}
    if case.raises is not None:
        return {"status": "failed", "expected": f"raises {case.raises.__name__}", "actual": show(actual), "error": None}
    try:
        passed = same(case.key(actual), case.key(case.expected)) if case.key else same(actual, case.expected)
    except BaseException:  # noqa: BLE001 - a key that cannot handle a wrong answer means a wrong answer
        passed = False
    return {
        "status": "passed" if passed else "failed",
        "expected": show(case.expected),
        "actual": show(actual),
        "error": None,
    }


def _run_scenario(scenario, namespace):
    try:
        _resolve(scenario.function(_UserNames(namespace)))
    except _Mismatch as mismatch:
        return {
            "status": "failed",
            "expected": show(mismatch.expected),
            "actual": show(mismatch.actual),
            "error": None,
            "message": mismatch.what,
        }
    except AssertionError as error:
        return {"status": "failed", "expected": None, "actual": None, "error": None, "message": str(error) or None}
    except BaseException as error:  # noqa: BLE001
        return {"status": "error", "expected": None, "actual": None, "error": _error_info(error)}
    return {"status": "passed", "expected": None, "actual": None, "error": None}


def run_challenge(code, tests_code, include_hidden, report):
    """Runs `code`, then the tests `tests_code` declares (the visible ones unless
    `include_hidden`). Hands `report` JSON messages as it goes: `planned` (the
    tests about to run), `started` before and `tested` after each test, and the
    result message at the end, which it also returns. A host that has to stop
    a runaway program still knows what finished before it."""

    def emit(message):
        text = _dumps(message)
        report(text)
        return text

    with _RunScope():
        return _run_challenge(code, tests_code, include_hidden, emit)


def _run_challenge(code, tests_code, include_hidden, emit):
    namespace, setup, status, error = _load_user_code(code, emit)
    result = {"type": "result", "status": status, "error": error, "setup": setup, "tests": [], "passed": 0, "total": 0}
    if namespace is None:
        return emit(result)
    declared = _TestFile()
    test_names = {"case": declared.case, "test": declared.test, "expect": declared.expect}
    try:
        exec(compile(tests_code, TESTS_FILE, "exec"), test_names)
    except BaseException as raised:  # noqa: BLE001
        return emit({**result, "status": "tests_error", "error": _error_info(raised, TESTS_FILE)})
    chosen = [t for t in declared.tests if include_hidden or not t.hidden]
    emit({"type": "planned", "tests": [{"name": t.name, "hidden": t.hidden} for t in chosen]})
    for index, declared_test in enumerate(chosen):
        emit({"type": "started", "index": index, "name": declared_test.name})
        sandbox = _Sandbox()
        started = _perf_counter()
        with sandbox:
            if isinstance(declared_test, _Case):
                outcome = _run_case(declared_test, namespace, test_names)
            else:
                outcome = _run_scenario(declared_test, namespace)
        outcome.setdefault("message", None)
        tested = {
            "name": declared_test.name,
            "hidden": declared_test.hidden,
            "ms": (_perf_counter() - started) * 1000,
            **outcome,
            **sandbox.output(),
        }
        result["tests"].append(tested)
        emit({"type": "tested", "index": index, "test": tested})
    result["passed"] = sum(t["status"] == "passed" for t in result["tests"])
    result["total"] = len(result["tests"])
    return emit(result)


def run_block(code):
    """Runs one example block as a script; returns the JSON message of what it
    printed and how it ended."""
    with _RunScope():
        return _run_block(code)


def _run_block(code):
    sandbox = _Sandbox()
    started = _perf_counter()
    namespace = _user_namespace("__main__", EXAMPLE_FILE)
    error = None
    try:
        compiled = compile(code, EXAMPLE_FILE, "exec")
    except SyntaxError as raised:
        compiled, error = None, _error_info(raised, EXAMPLE_FILE)
    if compiled is not None:
        with sandbox:
            try:
                exec(compiled, namespace)
            except SystemExit as raised:
                if raised.code not in (None, 0):
                    error = _error_info(raised, EXAMPLE_FILE)
            except BaseException as raised:  # noqa: BLE001
                error = {**_error_info(raised, EXAMPLE_FILE), "traceback": _user_traceback(raised, EXAMPLE_FILE)}
    return _dumps({"type": "block", "error": error, "ms": (_perf_counter() - started) * 1000, **sandbox.output()})


def _user_traceback(error, filename):
    """The traceback from the first frame of the user's file down, as Python
    prints it (repeated frames folded), capped in length."""
    shown = traceback.TracebackException.from_exception(error)
    frames = list(shown.stack)
    first = next((i for i, frame in enumerate(frames) if frame.filename == filename), 0)
    shown.stack = traceback.StackSummary.from_list(frames[first:])
    text = "".join(shown.format())
    return text if len(text) <= SHOWN_VALUE_CAP else "..." + text[-SHOWN_VALUE_CAP:]


# --- WebAssembly: asyncio without stack switching -----------------------------------


def _install_sync_asyncio():
    """Pyodide's own `asyncio.run` needs WebAssembly stack switching, which WebKit
    lacks. Code here runs no real I/O, so a loop that sleeps until its next timer
    behaves as CPython's does."""

    class _TimerOnlySelector:
        def select(self, timeout=None):
            if timeout is None:
                raise RuntimeError("deadlock: every task is waiting and nothing is left to wake them")
            if timeout > 0:
                time.sleep(timeout)
            return []

        def close(self):
            pass

    class TimerLoop(asyncio.BaseEventLoop):
        def __init__(self):
            super().__init__()
            self._selector = _TimerOnlySelector()

        def _process_events(self, event_list):
            pass

        def _write_to_self(self):
            pass

    def run(main, *, debug=None, loop_factory=None):
        outer = asyncio.events._get_running_loop()
        asyncio.events._set_running_loop(None)
        try:
            with asyncio.Runner(debug=debug, loop_factory=loop_factory or TimerLoop) as runner:
                return runner.run(main)
        finally:
            asyncio.events._set_running_loop(outer)

    asyncio.run = asyncio.runners.run = run
    asyncio.new_event_loop = asyncio.events.new_event_loop = TimerLoop


if WASM:
    _install_sync_asyncio()


# --- CPython: a job on stdin, messages to a file ----------------------------------


def _main():
    import os

    results_path = os.environ.pop("PYPREP_RESULTS")
    job = json.loads(_real_stdin.read())
    user_file = EXAMPLE_FILE if job["mode"] == "block" else USER_FILE
    sys.argv = [user_file]
    # Multiprocessing's spawn and forkserver children import the user's code
    # by module name (solution, or __main__ for a block): give them the file.
    with open(user_file, "w", encoding="utf-8") as source:
        source.write(job["code"])
    sys.path.insert(0, os.getcwd())
    _limit_memory(job.get("memory_mb"))
    with open(results_path, "a", encoding="utf-8") as results:

        def report(text):
            results.write(text + "\n")
            results.flush()

        if job["mode"] == "block":
            report(run_block(job["code"]))
        else:
            run_challenge(job["code"], job["tests"], job["hidden"], report)
    # Threads the user started must not keep the process alive once the result is written.
    os._exit(0)


def _limit_memory(megabytes):
    """Caps the address space where the OS allows it, so a memory bomb ends in MemoryError."""
    try:
        import resource
    except ImportError:  # Windows: the Rust runner's time limit still applies
        return
    if megabytes:
        limit = megabytes * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ValueError, OSError):  # macOS refuses RLIMIT_AS below the current use
            pass


if __name__ == "__main__":
    _main()
