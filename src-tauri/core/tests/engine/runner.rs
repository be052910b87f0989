//! The CPython runner on a real interpreter (the newest found, or the first of
//! `PYPREP_PYTHON`): verdicts, captured output, and runs that never finish.

use std::path::PathBuf;
use std::time::Duration;

use pyprep_core::runner::{
    check_interpreter, find_interpreters, newest_interpreter, run, ChallengeResult, ChallengeStatus, RunOutcome,
    RunRequest, RunResult, TestResult, TestStatus, DEFAULT_MEMORY_MB,
};

fn python() -> PathBuf {
    if let Some(first) = std::env::var("PYPREP_PYTHON")
        .ok()
        .and_then(|list| list.split(':').find(|path| !path.is_empty()).map(PathBuf::from))
    {
        return first;
    }
    PathBuf::from(newest_interpreter().unwrap_or_else(|error| panic!("{error}")).path)
}

fn challenge(code: &str, tests: &str, include_hidden: bool, limit: Duration, memory_mb: u32) -> RunOutcome {
    let request = RunRequest::Challenge {
        code: code.into(),
        tests: tests.into(),
        include_hidden,
    };
    run(&python(), &request, limit, memory_mb).unwrap()
}

/// The result of a run that must finish within 20 s.
fn finished(code: &str, tests: &str, include_hidden: bool) -> ChallengeResult {
    match challenge(code, tests, include_hidden, Duration::from_secs(20), DEFAULT_MEMORY_MB) {
        RunOutcome {
            result: Some(RunResult::Challenge(result)),
            ..
        } => result,
        other => panic!("no challenge result: {other:?}"),
    }
}

fn test<'a>(result: &'a ChallengeResult, name: &str) -> &'a TestResult {
    result
        .tests
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no test {name}: {result:?}"))
}

const DOUBLE: &str = "def double(x):\n    if x < 0:\n        raise ValueError('negative')\n    if x == 3:\n        return 7\n    return x * 2\n";
const DOUBLE_TESTS: &str =
    "case('double(2)', 4)\ncase('double(3)', 6)\ncase('double(-1)', -2)\ncase('double(5)', 10, hidden=True)\n";

#[test]
fn reports_passed_failed_and_errors_with_the_users_line() {
    let result = finished(DOUBLE, DOUBLE_TESTS, false);
    assert_eq!(result.status, ChallengeStatus::Ok);
    assert_eq!(
        (result.passed, result.total),
        (1, 3),
        "hidden tests are left out of a Run"
    );
    assert_eq!(test(&result, "double(2)").status, TestStatus::Passed);
    let failed = test(&result, "double(3)");
    assert_eq!(failed.status, TestStatus::Failed);
    assert_eq!(
        (failed.expected.as_deref(), failed.actual.as_deref()),
        (Some("6"), Some("7"))
    );
    let error = test(&result, "double(-1)").error.as_ref().unwrap();
    assert_eq!(
        (error.kind.as_str(), error.message.as_str(), error.line),
        ("ValueError", "negative", Some(3))
    );

    let submitted = finished(DOUBLE, DOUBLE_TESTS, true);
    assert_eq!((submitted.passed, submitted.total), (2, 4));
    assert!(test(&submitted, "double(5)").hidden);
}

#[test]
fn a_syntax_error_or_a_missing_module_stops_before_the_tests() {
    let result = finished("def f(:\n    pass\n", "case('f()', 1)", false);
    assert_eq!(result.status, ChallengeStatus::CompileError);
    assert_eq!(result.error.unwrap().line, Some(1));

    let result = finished("x = 1\nimport pyprep_no_such_module\n", "case('x', 1)", false);
    assert_eq!(result.status, ChallengeStatus::SetupError);
    let error = result.error.unwrap();
    assert_eq!((error.kind.as_str(), error.line), ("ModuleNotFoundError", Some(2)));
    assert!(error.message.contains("'pyprep_no_such_module'"), "{}", error.message);
}

#[test]
fn exit_and_input_are_errors_and_later_tests_still_run() {
    let code = "import sys\ndef leave():\n    sys.exit(3)\ndef ask():\n    return input('name? ')\ndef fine():\n    return 1\n";
    let result = finished(
        code,
        "case('leave()', 0)\ncase('ask()', 'x')\ncase('fine()', 1)\n",
        false,
    );
    let exit = test(&result, "leave()").error.as_ref().unwrap();
    assert_eq!((exit.kind.as_str(), exit.line), ("SystemExit", Some(3)));
    let input = test(&result, "ask()").error.as_ref().unwrap();
    assert!(input.message.contains("input() is not available"), "{}", input.message);
    assert_eq!(test(&result, "fine()").status, TestStatus::Passed);
}

#[test]
fn an_output_flood_is_capped_and_marked_and_never_blocks_the_run() {
    // print() goes through the harness's capture; os.write goes straight to the process's pipes.
    let code = "import os\ndef flood():\n    print('x' * 1_000_000)\n    os.write(1, b'y' * 1_000_000)\n    os.write(2, b'z' * 1_000_000)\n    return True\n";
    let result = finished(code, "case('flood()', True)", false);
    let flood = test(&result, "flood()");
    assert_eq!(flood.status, TestStatus::Passed);
    assert!(flood.truncated);
    assert_eq!(flood.stdout.len(), 10_000);
}

#[test]
fn an_endless_loop_is_stopped_at_the_limit_naming_the_running_test() {
    let code = "def fine():\n    return 1\ndef spin():\n    while True:\n        pass\n";
    let tests = "case('fine()', 1)\ncase('spin()', 0, name='spins')\ncase('fine()', 1, name='after')\n";
    let outcome = challenge(code, tests, false, Duration::from_secs(1), DEFAULT_MEMORY_MB);
    assert!(outcome.result.is_none() && outcome.crashed.is_none(), "{outcome:?}");
    let timed_out = outcome.timed_out.unwrap();
    assert_eq!((timed_out.index, timed_out.name.as_str()), (1, "spins"));
    assert!((1_000..5_000).contains(&timed_out.after_ms), "{}", timed_out.after_ms);
    assert_eq!(outcome.planned.unwrap().len(), 3);
    assert_eq!(outcome.finished.len(), 1);
}

#[test]
fn os_exit_is_reported_as_a_crash() {
    let outcome = challenge(
        "import os, sys\ndef bye():\n    sys.__stderr__.write('last words\\n')\n    os._exit(1)\n",
        "case('bye()', None)",
        false,
        Duration::from_secs(20),
        DEFAULT_MEMORY_MB,
    );
    assert!(outcome.result.is_none() && outcome.timed_out.is_none(), "{outcome:?}");
    let crashed = outcome.crashed.unwrap();
    assert!(crashed.contains("exited with code 1"), "{crashed}");
    assert!(crashed.ends_with("last words"), "{crashed}");
}

#[test]
fn tests_see_the_users_imports_and_processes_can_run_the_users_functions() {
    // A Fraction from the user's import must be a Fraction to the tests, and
    // spawned workers must find `square` by importing the user's module.
    let code = "from concurrent.futures import ProcessPoolExecutor\nfrom fractions import Fraction\nimport multiprocessing\n\ndef half():\n    return Fraction(1, 2)\n\ndef square(x):\n    return x * x\n\ndef squares(n):\n    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context('spawn')) as pool:\n        return list(pool.map(square, range(n)))\n";
    let tests = "from fractions import Fraction\ncase('half()', Fraction(1, 2))\ncase('squares(4)', [0, 1, 4, 9])\n";
    let result = finished(code, tests, false);
    assert_eq!((result.passed, result.total), (2, 2), "{result:?}");
}

#[test]
fn runs_a_block_as_a_script() {
    let request = RunRequest::Block {
        code: "print('hi')\nraise KeyError('k')\n".into(),
    };
    let outcome = run(&python(), &request, Duration::from_secs(20), DEFAULT_MEMORY_MB).unwrap();
    let Some(RunResult::Block(block)) = outcome.result else {
        panic!("{outcome:?}")
    };
    assert_eq!(block.stdout, "hi\n");
    let error = block.error.unwrap();
    assert_eq!((error.kind.as_str(), error.line), ("KeyError", Some(2)));
    assert!(error.traceback.unwrap().contains("KeyError: 'k'"));
}

#[cfg(target_os = "linux")]
mod linux {
    use super::*;

    /// A process that is gone, or a zombie waiting for a parent that is no longer ours.
    fn is_gone(pid: u32) -> bool {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            Err(_) => true,
            Ok(stat) => stat
                .rsplit(')')
                .next()
                .is_some_and(|rest| rest.trim_start().starts_with('Z')),
        }
    }

    fn started_child(spin: bool) -> u32 {
        let folder = tempfile::tempdir().unwrap();
        let pid_file = folder.path().join("pid");
        let code = format!(
            "import subprocess, sys\ndef start():\n    child = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n    open({:?}, 'w').write(str(child.pid))\n    while {spin}:\n        pass\n    return 1\n",
            pid_file.display().to_string(),
            spin = if spin { "True" } else { "False" },
        );
        let outcome = challenge(
            &code,
            "case('start()', 1)",
            false,
            Duration::from_secs(2),
            DEFAULT_MEMORY_MB,
        );
        assert_eq!(outcome.timed_out.is_some(), spin, "{outcome:?}");
        std::fs::read_to_string(pid_file).unwrap().parse().unwrap()
    }

    #[test]
    fn a_child_process_dies_with_the_run_whether_stopped_or_finished() {
        for spin in [true, false] {
            let pid = started_child(spin);
            std::thread::sleep(Duration::from_millis(200));
            assert!(
                is_gone(pid),
                "the user's child {pid} outlived the run (stopped: {spin})"
            );
        }
    }

    #[test]
    fn a_memory_bomb_ends_in_memory_error() {
        let code = "def bomb():\n    hoard = []\n    while True:\n        hoard.append(' ' * 10_000_000)\n";
        let outcome = challenge(code, "case('bomb()', None)", false, Duration::from_secs(20), 512);
        let Some(RunResult::Challenge(result)) = outcome.result else {
            panic!("{outcome:?}")
        };
        let error = result.tests[0].error.as_ref().unwrap();
        assert_eq!((error.kind.as_str(), error.line), ("MemoryError", Some(4)));
    }

    #[test]
    fn a_chosen_path_must_be_cpython_3_12_or_newer() {
        let missing = check_interpreter(std::path::Path::new("/no/such/python")).unwrap_err();
        assert!(missing.to_string().contains("could not be started"), "{missing}");
        let shell = check_interpreter(std::path::Path::new("/bin/sh")).unwrap_err();
        assert!(shell.to_string().contains("not a Python interpreter"), "{shell}");
    }
}

#[test]
fn finds_interpreters_newest_first_and_accepts_their_paths() {
    let found = find_interpreters();
    let Some(newest) = found.first() else {
        panic!("{}", newest_interpreter().unwrap_err())
    };
    let minors: Vec<u32> = found
        .iter()
        .map(|found| found.version.split('.').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(minors.iter().all(|minor| *minor >= 12), "{found:?}");
    assert!(minors.windows(2).all(|pair| pair[0] >= pair[1]), "{found:?}");
    assert_eq!(&check_interpreter(std::path::Path::new(&newest.path)).unwrap(), newest);
}
