//! JavaScriptCore, WebKitGTK's engine, running scripts in its interpreter only.
//!
//! Pyprep's scripts draw screens and wait for the user; none runs long enough
//! for a JIT to pay back. At start-up the optimizing DFG tier compiled about 50
//! functions, most of them the module loader's promise code, and cost 5-6 MiB
//! in the web process; the baseline JIT cost 3 MiB more (`npm run bench:startup`).
//! WebAssembly keeps its own compilers, which run Python: loading Pyodide and
//! running a challenge's tests took as long without the two. WebKitGTK reads
//! these options from the environment, which its web process inherits; a value
//! the user set wins.

/// The options Pyprep sets: each a JSC environment variable and its value.
const OPTIONS: [(&str, &str); 2] = [("JSC_useDFGJIT", "false"), ("JSC_useBaselineJIT", "false")];

/// Sets the options the user has not set. Call before any thread starts.
pub fn configure() {
    if cfg!(target_os = "linux") {
        for (name, value) in missing(|name| std::env::var_os(name).is_some()) {
            std::env::set_var(name, value);
        }
    }
}

fn missing(is_set: impl Fn(&str) -> bool) -> Vec<(&'static str, &'static str)> {
    OPTIONS.into_iter().filter(|(name, _)| !is_set(name)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_compilers_are_turned_off_unless_the_user_chose() {
        assert_eq!(
            missing(|_| false),
            vec![("JSC_useDFGJIT", "false"), ("JSC_useBaselineJIT", "false")]
        );
        assert_eq!(
            missing(|name| name == "JSC_useDFGJIT"),
            vec![("JSC_useBaselineJIT", "false")]
        );
    }
}
