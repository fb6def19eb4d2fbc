//! The web console over HTTP: the page, its files and the samples, from `web/`
//! and `examples/` in the working directory or from the copy the binary carries
//! (run from an empty directory), with the console's security headers; and the
//! settings the page adapts to. (In a browser: `console_browser.rs`.)

use std::process::Command;

use callshadow::config::ApiKey;
use reqwest::header::HeaderMap;
use secrecy::SecretString;
use serde_json::Value;

use crate::helpers::{repo, spawn_app, spawn_app_with, start_command, test_settings};

/// GET `url`: status, headers, body.
async fn fetch(url: &str) -> (u16, HeaderMap, String) {
    let response = reqwest::get(url).await.unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

fn header<'h>(headers: &'h HeaderMap, name: &str) -> &'h str {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// The files every console serves, with the media type each must have.
const SERVED: [(&str, &str, &str); 5] = [
    ("/", "web/index.html", "text/html"),
    ("/assets/console.css", "web/assets/console.css", "text/css"),
    (
        "/assets/js/main.js",
        "web/assets/js/main.js",
        "text/javascript",
    ),
    (
        "/examples/index.json",
        "examples/index.json",
        "application/json",
    ),
    (
        "/examples/en-sales-closing.jsonl",
        "examples/en-sales-closing.jsonl",
        "",
    ),
];

/// Checks `base` serves the repository's console files, with their headers.
async fn serves_the_console(base: &str) {
    for (path, file, media_type) in SERVED {
        let (status, headers, body) = fetch(&format!("{base}{path}")).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(
            body,
            std::fs::read_to_string(repo(file)).unwrap(),
            "{path} is {file}"
        );
        assert!(
            header(&headers, "content-type").starts_with(media_type),
            "{path}: {headers:?}"
        );
        let policy = header(&headers, "content-security-policy");
        assert!(
            policy.contains("default-src 'none'") && policy.contains("connect-src 'self'"),
            "{path}: {policy}"
        );
        assert_eq!(header(&headers, "x-content-type-options"), "nosniff");
    }
    let (status, _, _) = fetch(&format!("{base}/assets/no-such-file.js")).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn the_console_and_its_samples_are_served_from_the_working_directory() {
    let app = spawn_app().await;

    serves_the_console(&app.url("")).await;
}

#[tokio::test]
async fn from_an_empty_directory_the_binary_serves_the_console_it_carries() {
    let empty = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_callshadow"));
    command.current_dir(empty.path());

    let (server, _) = start_command(command, &[]);

    serves_the_console(&format!("http://{}", server.address)).await;
    server.stop().await;
}

#[tokio::test]
async fn every_sample_is_listed_once_and_every_listed_sample_exists() {
    let index: Value =
        serde_json::from_str(&std::fs::read_to_string(repo("examples/index.json")).unwrap())
            .unwrap();
    let mut listed: Vec<String> = index["samples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["file"].as_str().unwrap().to_owned())
        .collect();
    let mut on_disk: Vec<String> = std::fs::read_dir(repo("examples"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".jsonl"))
        .collect();
    listed.sort();
    on_disk.sort();

    assert_eq!(listed, on_disk);
    assert!(listed.len() >= 6, "at least six samples");
    for language in ["en", "fr"] {
        for kind in ["sales", "support"] {
            let found = index["samples"]
                .as_array()
                .unwrap()
                .iter()
                .any(|s| s["language"] == language && s["kind"] == kind);
            assert!(found, "a {kind} sample in {language}");
        }
    }
}

#[tokio::test]
async fn the_page_learns_whether_a_token_and_the_resume_token_are_needed() {
    let open = spawn_app().await;
    let mut settings = test_settings();
    settings.access.api_keys = vec![ApiKey {
        principal: "agent-7".to_owned(),
        key: SecretString::from("agent-key-0123456789"),
    }];
    settings.access.require_resume_token = true;
    let guarded = spawn_app_with(settings, None).await;

    let (_, open) = open.get("/console/settings.json").await;
    let (_, guarded) = guarded.get("/console/settings.json").await;

    assert_eq!(open["client_auth"], false);
    assert_eq!(open["resume_token_required"], false);
    assert_eq!(open["suggestion_mode"], "every");
    assert_eq!(guarded["client_auth"], true);
    assert_eq!(guarded["resume_token_required"], true);
    assert_eq!(guarded["max_text_chars"], 8000);
}
