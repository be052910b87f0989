//! JavaScriptCore, WebKitGTK's engine, without its optimizing DFG tier.
//!
//! Pyprep's scripts draw screens and wait for the user; none runs long enough
//! for the DFG to pay back. At start-up it compiled about 50 functions, most of
//! them the module loader's promise code, and that cost 5-6 MiB in the web
//! process (`npm run bench:startup`). The baseline JIT stays, and so does
//! WebAssembly's own compiler, which runs Python: loading Pyodide and running a
//! challenge's tests took as long without the DFG. WebKitGTK reads these options
//! from the environment, which its web process inherits; a value the user set wins.

/// The options Pyprep sets: each a JSC environment variable and its value.
const OPTIONS: [(&str, &str); 1] = [("JSC_useDFGJIT", "false")];

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
    fn the_dfg_tier_is_turned_off_unless_the_user_chose() {
        assert_eq!(missing(|_| false), vec![("JSC_useDFGJIT", "false")]);
        assert!(missing(|name| name == "JSC_useDFGJIT").is_empty());
    }
}
