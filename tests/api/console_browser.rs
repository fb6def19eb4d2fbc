//! The web console in a real browser: starts the real binary and runs
//! `tests/browser/console_test.py` (Playwright driving Debian's chromium, with
//! axe-core injected) against it. `build.rs` sets `callshadow_browser` when
//! chromium, Python's playwright and axe-core are all installed (`.ci/run`
//! installs them); elsewhere the test is listed as ignored, saying so.
//! Screenshots land in `target/console-screenshots/`.

use std::path::PathBuf;

use crate::helpers::{repo, start_binary};

/// The client key the server requires, given to the page's token field.
const KEY: &str = "console-key-0123456789";

/// Where `.ci/run` installs axe-core, unless AXE_CORE_JS says otherwise.
fn axe_core() -> PathBuf {
    std::env::var_os("AXE_CORE_JS").map_or_else(
        || repo("target/browser-tools/node_modules/axe-core/axe.min.js"),
        PathBuf::from,
    )
}

/// Debian's chromium, found on PATH.
fn chromium() -> PathBuf {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|dir| dir.join("chromium"))
        .find(|candidate| candidate.is_file())
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// `<target dir>/console-screenshots` (the test binary knows its target's `tmp/`).
fn screenshots() -> PathBuf {
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    tmp.parent().unwrap_or(&tmp).join("console-screenshots")
}

#[tokio::test]
#[cfg_attr(
    not(callshadow_browser),
    ignore = "needs chromium, Python's playwright and axe-core (.ci/run installs them)"
)]
async fn the_console_connects_plays_a_sample_reconnects_and_passes_axe_in_chromium() {
    let server = start_binary(&[
        ("WS_API_KEYS", &format!("console:{KEY}")),
        ("REQUIRE_RESUME_TOKEN", "true"),
        ("RATE_LIMIT_ENABLED", "true"),
        ("RATE_LIMIT_RPM", "7"),
    ]);

    let status = tokio::process::Command::new("python3")
        .arg(repo("tests/browser/console_test.py"))
        .args(["--server", &server.address, "--token", KEY])
        .arg("--chromium")
        .arg(chromium())
        .arg("--axe")
        .arg(axe_core())
        .arg("--screenshots")
        .arg(screenshots())
        .status()
        .await
        .expect("python3 runs");

    assert!(
        status.success(),
        "the browser test failed (its steps are printed above)"
    );
    server.stop().await;
}
