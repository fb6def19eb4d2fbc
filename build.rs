//! Finds the services the black-box tests start for themselves (`redis-server`,
//! `nginx`) and the checkers they run against the server (`schemathesis`,
//! `openapi-spec-validator`, from PyPI) and sets a `cfg` for each one found, so
//! that `cargo test` on a machine without them still passes and lists those
//! tests as ignored, saying what they need. With CALLSHADOW_REQUIRE_SERVICES set
//! (CI), a missing one fails the build instead: there, nothing may be skipped.

use std::path::{Path, PathBuf};

/// The `cfg` set when the program is found, and the program.
const SERVICES: [(&str, &str); 4] = [
    ("callshadow_redis", "redis-server"),
    ("callshadow_nginx", "nginx"),
    ("callshadow_schemathesis", "schemathesis"),
    ("callshadow_openapi_validator", "openapi-spec-validator"),
];

/// Folders searched besides PATH (nginx lives in sbin).
const EXTRA_DIRS: [&str; 4] = ["/usr/sbin", "/sbin", "/usr/local/sbin", "/usr/local/bin"];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-env-changed=CALLSHADOW_REQUIRE_SERVICES");
    // A program installed later (apt, pip) changes its folder: look again.
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path).chain(EXTRA_DIRS.iter().map(PathBuf::from)) {
        if Path::new(&dir).is_dir() {
            println!("cargo::rerun-if-changed={}", dir.display());
        }
    }
    let required = std::env::var_os("CALLSHADOW_REQUIRE_SERVICES").is_some();
    for (cfg, program) in SERVICES {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
        match find(program) {
            Some(_) => println!("cargo::rustc-cfg={cfg}"),
            None if required => panic!(
                "CALLSHADOW_REQUIRE_SERVICES is set but `{program}` is not installed: \
                 its tests would be skipped"
            ),
            None => println!(
                "cargo::warning=`{program}` not found: its tests are ignored (install it to run them)"
            ),
        }
    }
}

/// The program's path, on PATH or in the usual sbin folders.
fn find(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(EXTRA_DIRS.iter().map(PathBuf::from))
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}
